use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::Client;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
pub struct InventoryConfig {
    /// e.g. https://inventory.svc.internal:8443
    pub base_url: String,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
}

fn default_timeout_ms() -> u64 {
    2_500
}

#[derive(Debug, Deserialize)]
pub struct StockLevel {
    pub sku: String,
    pub warehouse: String,
    pub on_hand: i64,
    pub reserved: i64,
}

#[derive(Debug, Serialize)]
struct ReserveRequest<'a> {
    sku: &'a str,
    quantity: u32,
    order_ref: &'a str,
}

#[derive(Clone)]
pub struct InventoryClient {
    http: Client,
    base_url: String,
}

impl InventoryClient {
    pub fn new(cfg: &InventoryConfig) -> Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_millis(cfg.timeout_ms))
            .pool_idle_timeout(Duration::from_secs(30))
            .build()
            .context("building inventory http client")?;
        Ok(Self {
            http,
            base_url: cfg.base_url.trim_end_matches('/').to_string(),
        })
    }

    pub async fn stock(&self, sku: &str) -> Result<Vec<StockLevel>> {
        let levels = self
            .http
            .get(format!("{}/v1/stock", self.base_url))
            .query(&[("sku", sku)])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        Ok(levels)
    }

    pub async fn reserve(&self, sku: &str, quantity: u32, order_ref: &str) -> Result<()> {
        self.http
            .post(format!("{}/v1/reservations", self.base_url))
            .json(&ReserveRequest { sku, quantity, order_ref })
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
