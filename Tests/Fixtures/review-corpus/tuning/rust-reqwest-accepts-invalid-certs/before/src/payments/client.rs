use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::Client;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct PaymentStatus {
    pub id: String,
    pub state: String,
    pub amount_minor: i64,
    pub currency: String,
}

pub struct PaymentsClient {
    http: Client,
    base_url: String,
    api_key: String,
}

impl PaymentsClient {
    pub fn new(base_url: impl Into<String>, api_key: impl Into<String>) -> Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("ledger/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("building payments http client")?;
        Ok(Self { http, base_url: base_url.into(), api_key: api_key.into() })
    }

    pub async fn status(&self, payment_id: &str) -> Result<PaymentStatus> {
        let resp = self
            .http
            .get(format!("{}/v1/payments/{}", self.base_url, payment_id))
            .bearer_auth(&self.api_key)
            .send()
            .await?
            .error_for_status()?;
        Ok(resp.json().await?)
    }
}