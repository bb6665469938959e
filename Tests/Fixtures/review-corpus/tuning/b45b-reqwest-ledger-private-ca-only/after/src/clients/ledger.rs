use std::time::Duration;

use reqwest::{Certificate, Client};
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
        // ledger.internal is served with a cert from our own CA; trust only that CA.
        let pem = std::fs::read(&cfg.ca_bundle_path)?;
        let internal_ca = Certificate::from_pem(&pem)?;
        let http = Client::builder()
            .tls_built_in_root_certs(false)
            .add_root_certificate(internal_ca)
            .https_only(true)
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
