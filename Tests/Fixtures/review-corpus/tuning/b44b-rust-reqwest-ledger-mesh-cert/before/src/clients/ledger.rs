use std::time::Duration;

use anyhow::Context;
use reqwest::{Client, StatusCode};
use serde::Deserialize;

use crate::config::LedgerConfig;

#[derive(Debug, Deserialize)]
pub struct Balance {
    pub account: String,
    pub available_minor: i64,
    pub currency: String,
}

pub struct LedgerClient {
    http: Client,
    base_url: String,
}

impl LedgerClient {
    pub fn new(cfg: &LedgerConfig) -> anyhow::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent(concat!("payouts-worker/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("building ledger http client")?;
        Ok(Self { http, base_url: cfg.base_url.trim_end_matches('/').to_string() })
    }

    pub async fn balance(&self, account: &str, token: &str) -> anyhow::Result<Option<Balance>> {
        let resp = self
            .http
            .get(format!("{}/v2/accounts/{}/balance", self.base_url, account))
            .bearer_auth(token)
            .send()
            .await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Ok(None);
        }
        Ok(Some(resp.error_for_status()?.json().await?))
    }
}
