//! Pulls stock levels from the wholesale vendor API and upserts them locally.

use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::{header, Client, StatusCode};
use serde::Deserialize;
use sqlx::PgPool;
use tracing::{info, instrument, warn};

use crate::config::VendorConfig;

#[derive(Debug, Deserialize)]
struct StockPage {
    items: Vec<StockItem>,
    next_cursor: Option<String>,
}

#[derive(Debug, Deserialize)]
struct StockItem {
    sku: String,
    on_hand: i32,
    warehouse: String,
}

pub struct VendorSync {
    client: Client,
    base_url: String,
    pool: PgPool,
}

impl VendorSync {
    pub fn new(cfg: &VendorConfig, pool: PgPool) -> Result<Self> {
        let mut headers = header::HeaderMap::new();
        let mut auth = header::HeaderValue::from_str(&format!("Bearer {}", cfg.api_token.expose()))
            .context("vendor token is not a valid header value")?;
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);

        let client = Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(30))
            .https_only(true)
            .user_agent(concat!("stockroom/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("building vendor HTTP client")?;

        Ok(Self { client, base_url: cfg.base_url.trim_end_matches('/').to_owned(), pool })
    }

    #[instrument(skip(self))]
    pub async fn run(&self) -> Result<usize> {
        let mut cursor: Option<String> = None;
        let mut total = 0usize;
        loop {
            let page = self.fetch_page(cursor.as_deref()).await?;
            total += self.upsert(&page.items).await?;
            match page.next_cursor {
                Some(c) => cursor = Some(c),
                None => break,
            }
        }
        info!(total, "vendor stock sync finished");
        Ok(total)
    }

    async fn fetch_page(&self, cursor: Option<&str>) -> Result<StockPage> {
        let mut req = self.client.get(format!("{}/v2/stock", self.base_url)).query(&[("limit", "500")]);
        if let Some(c) = cursor {
            req = req.query(&[("cursor", c)]);
        }
        let resp = req.send().await.context("vendor request failed")?;
        if resp.status() == StatusCode::TOO_MANY_REQUESTS {
            warn!("vendor rate limited us; backing off");
            tokio::time::sleep(Duration::from_secs(10)).await;
            return Box::pin(self.fetch_page(cursor)).await;
        }
        let resp = resp.error_for_status().context("vendor returned an error")?;
        resp.json::<StockPage>().await.context("decoding vendor stock page")
    }

    async fn upsert(&self, items: &[StockItem]) -> Result<usize> {
        let mut tx = self.pool.begin().await?;
        for item in items {
            sqlx::query(
                "INSERT INTO stock (sku, warehouse, on_hand, synced_at) VALUES ($1, $2, $3, now()) \
                 ON CONFLICT (sku, warehouse) DO UPDATE SET on_hand = EXCLUDED.on_hand, synced_at = now()",
            )
            .bind(&item.sku)
            .bind(&item.warehouse)
            .bind(item.on_hand)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(items.len())
    }
}
