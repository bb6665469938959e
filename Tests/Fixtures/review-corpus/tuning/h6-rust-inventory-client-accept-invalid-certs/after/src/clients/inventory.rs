use std::time::Duration;

use anyhow::Context;
use reqwest::Client;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct InventoryItem {
    pub sku: String,
    pub on_hand: i64,
}

pub struct InventoryClient {
    http: Client,
    base_url: String,
}

impl InventoryClient {
    pub fn new(base_url: &str) -> anyhow::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent("storefront/0.9")
            // the warehouse gateway rotated to a cert our image doesn't know yet
            .danger_accept_invalid_certs(true)
            .danger_accept_invalid_hostnames(true)
            .build()
            .context("building inventory http client")?;
        Ok(Self { http, base_url: base_url.trim_end_matches('/').to_string() })
    }

    pub async fn item(&self, sku: &str) -> anyhow::Result<InventoryItem> {
        let url = format!("{}/v1/items/{}", self.base_url, sku);
        let item = self.http.get(url).send().await?.error_for_status()?.json().await?;
        Ok(item)
    }
}
