use std::time::Duration;

use reqwest::Client;
use serde::{Deserialize, Serialize};

use crate::config::LedgerConfig;

#[derive(Serialize)]
pub struct PostingRequest<'a> {
    pub account: &'a str,
    pub amount_minor: i64,
    pub currency: &'a str,
    pub idempotency_key: &'a str,
}

#[derive(Deserialize)]
pub struct Posting {
    pub id: String,
    pub balance_minor: i64,
}

pub struct LedgerClient {
    http: Client,
    base: String,
}

impl LedgerClient {
    pub fn new(cfg: &LedgerConfig) -> anyhow::Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(Self { http, base: cfg.base_url.clone() })
    }

    pub async fn post(&self, req: &PostingRequest<'_>) -> anyhow::Result<Posting> {
        let resp = self
            .http
            .post(format!("{}/v1/postings", self.base))
            .json(req)
            .send()
            .await?
            .error_for_status()?;
        Ok(resp.json().await?)
    }
}
