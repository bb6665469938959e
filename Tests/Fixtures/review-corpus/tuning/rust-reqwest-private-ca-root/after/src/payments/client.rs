use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::{tls, Certificate, Client};
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
    pub fn new(base_url: impl Into<String>, api_key: impl Into<String>, ca_bundle: &Path) -> Result<Self> {
        let pem = std::fs::read(ca_bundle)
            .with_context(|| format!("reading CA bundle {}", ca_bundle.display()))?;
        let ca = Certificate::from_pem(&pem).context("parsing internal CA certificate")?;

        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .add_root_certificate(ca)
            .https_only(true)
            .min_tls_version(tls::Version::TLS_1_2)
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