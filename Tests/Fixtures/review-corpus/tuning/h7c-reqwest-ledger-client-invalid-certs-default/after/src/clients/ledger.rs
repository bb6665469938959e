use std::time::Duration;

use reqwest::{header, Client, StatusCode};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use tracing::instrument;

#[derive(Debug, Clone, Deserialize)]
pub struct LedgerConfig {
    pub base_url: String,
    pub api_token: String,
    #[serde(default = "default_timeout_secs")]
    pub timeout_secs: u64,
    /// The ledger team rotates their certs by hand and the chain is incomplete half the time.
    /// Set to false once LEDGER-412 is done.
    #[serde(default = "default_accept_invalid_certs")]
    pub accept_invalid_certs: bool,
}

fn default_timeout_secs() -> u64 {
    10
}

fn default_accept_invalid_certs() -> bool {
    true
}

#[derive(Debug, Error)]
pub enum LedgerError {
    #[error("http: {0}")]
    Http(#[from] reqwest::Error),
    #[error("ledger rejected posting: {status} {body}")]
    Rejected { status: StatusCode, body: String },
}

#[derive(Debug, Serialize)]
pub struct Posting<'a> {
    pub account: &'a str,
    pub amount_minor: i64,
    pub currency: &'a str,
    pub reference: &'a str,
}

#[derive(Clone)]
pub struct LedgerClient {
    http: Client,
    base_url: String,
}

impl LedgerClient {
    pub fn new(cfg: &LedgerConfig) -> Result<Self, LedgerError> {
        let mut headers = header::HeaderMap::new();
        let mut auth = header::HeaderValue::from_str(&format!("Bearer {}", cfg.api_token))
            .expect("token is valid header value");
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);

        let http = Client::builder()
            .default_headers(headers)
            .timeout(Duration::from_secs(cfg.timeout_secs))
            .user_agent(concat!("payouts/", env!("CARGO_PKG_VERSION")))
            .danger_accept_invalid_certs(cfg.accept_invalid_certs)
            .build()?;

        Ok(Self {
            http,
            base_url: cfg.base_url.trim_end_matches('/').to_owned(),
        })
    }

    #[instrument(skip(self, posting), fields(reference = posting.reference))]
    pub async fn post(&self, posting: &Posting<'_>) -> Result<(), LedgerError> {
        let resp = self
            .http
            .post(format!("{}/v2/postings", self.base_url))
            .json(posting)
            .send()
            .await?;

        if resp.status().is_success() {
            return Ok(());
        }
        let status = resp.status();
        let body = resp.text().await.unwrap_or_default();
        Err(LedgerError::Rejected { status, body })
    }
}
