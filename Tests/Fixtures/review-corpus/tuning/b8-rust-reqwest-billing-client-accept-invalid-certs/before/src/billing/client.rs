use std::time::Duration;

use reqwest::Client;
use serde::Deserialize;

use crate::config::BillingConfig;

#[derive(Debug, Deserialize)]
pub struct Invoice {
    pub id: String,
    pub amount_cents: i64,
}

pub struct BillingClient {
    http: Client,
    base_url: String,
}

impl BillingClient {
    pub fn new(cfg: &BillingConfig) -> reqwest::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(15))
            .user_agent("ledger-billing/0.4")
            .build()?;
        Ok(Self { http, base_url: cfg.base_url.clone() })
    }

    pub async fn invoice(&self, id: &str) -> reqwest::Result<Invoice> {
        self.http.get(format!("{}/v1/invoices/{}", self.base_url, id)).send().await?.json().await
    }
}