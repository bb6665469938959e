use std::time::Duration;

use reqwest::Client;
use serde::Deserialize;

use crate::config::InventoryConfig;
use crate::error::AppError;

#[derive(Debug, Deserialize)]
pub struct StockLevel {
    pub sku: String,
    pub available: u32,
    pub warehouse: String,
}

#[derive(Clone)]
pub struct InventoryClient {
    http: Client,
    base_url: String,
}

impl InventoryClient {
    pub fn new(cfg: &InventoryConfig) -> Result<Self, AppError> {
        let http = Client::builder().timeout(Duration::from_secs(5)).build()?;
        Ok(Self { http, base_url: cfg.base_url.clone() })
    }

    pub async fn stock(&self, sku: &str) -> Result<StockLevel, AppError> {
        let url = format!("{}/v2/stock/{}", self.base_url, urlencoding::encode(sku));
        Ok(self.http.get(url).send().await?.error_for_status()?.json().await?)
    }
}
