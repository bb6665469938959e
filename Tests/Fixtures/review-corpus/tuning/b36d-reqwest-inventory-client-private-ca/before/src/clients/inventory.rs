use std::time::Duration;

use anyhow::Context;
use reqwest::{Client, StatusCode};
use serde::Deserialize;

use crate::config::InventoryConfig;

#[derive(Debug, Deserialize)]
pub struct StockLevel {
    pub sku: String,
    pub warehouse: String,
    pub available: i32,
    pub reserved: i32,
}

#[derive(Clone)]
pub struct InventoryClient {
    http: Client,
    base_url: url::Url,
}

impl InventoryClient {
    pub fn from_config(cfg: &InventoryConfig) -> anyhow::Result<Self> {
        let http = Client::builder()
            .connect_timeout(Duration::from_secs(2))
            .timeout(Duration::from_secs(10))
            .pool_idle_timeout(Duration::from_secs(60))
            .user_agent("checkout-api")
            .build()
            .context("building inventory http client")?;

        let base_url = url::Url::parse(&cfg.base_url).context("inventory base_url")?;

        Ok(Self { http, base_url })
    }

    pub async fn stock_for(&self, sku: &str) -> anyhow::Result<Vec<StockLevel>> {
        let mut url = self.base_url.join("v1/stock")?;
        url.query_pairs_mut().append_pair("sku", sku);

        let resp = self.http.get(url).send().await?;
        match resp.status() {
            StatusCode::OK => Ok(resp.json().await?),
            StatusCode::NOT_FOUND => Ok(Vec::new()),
            other => anyhow::bail!("inventory returned {other}"),
        }
    }

    pub async fn reserve(&self, sku: &str, qty: i32, order_ref: &str) -> anyhow::Result<()> {
        let url = self.base_url.join("v1/reservations")?;
        self.http
            .post(url)
            .json(&serde_json::json!({ "sku": sku, "quantity": qty, "order_ref": order_ref }))
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
