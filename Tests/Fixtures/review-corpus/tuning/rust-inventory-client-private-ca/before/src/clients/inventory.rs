use std::time::Duration;

use anyhow::Context;
use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION};
use reqwest::Client;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct StockLevel {
    pub sku: String,
    pub warehouse: String,
    pub quantity: i64,
}

pub struct InventoryClient {
    http: Client,
    base_url: String,
}

impl InventoryClient {
    pub fn new(base_url: &str, api_key: &str) -> anyhow::Result<Self> {
        let mut headers = HeaderMap::new();
        let mut auth = HeaderValue::from_str(&format!("Bearer {api_key}"))?;
        auth.set_sensitive(true);
        headers.insert(AUTHORIZATION, auth);

        let http = Client::builder()
            .timeout(Duration::from_secs(15))
            .default_headers(headers)
            .build()
            .context("building inventory client")?;

        Ok(Self { http, base_url: base_url.trim_end_matches('/').to_owned() })
    }

    pub async fn stock(&self, sku: &str) -> anyhow::Result<Vec<StockLevel>> {
        let url = format!("{}/v2/stock/{}", self.base_url, urlencoding::encode(sku));
        let levels = self.http.get(url).send().await?.error_for_status()?.json().await?;
        Ok(levels)
    }
}
