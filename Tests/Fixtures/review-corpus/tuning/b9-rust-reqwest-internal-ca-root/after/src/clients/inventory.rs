use std::fs;
use std::time::Duration;

use reqwest::{Certificate, Client, Identity};
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
        // The inventory service sits behind the internal mesh CA; trust it in addition to the system roots.
        let ca_pem = fs::read(&cfg.ca_bundle_path)?;
        let ca = Certificate::from_pem(&ca_pem)?;

        let mut identity_pem = fs::read(&cfg.client_cert_path)?;
        identity_pem.extend(fs::read(&cfg.client_key_path)?);
        let identity = Identity::from_pem(&identity_pem)?;

        let http = Client::builder()
            .timeout(Duration::from_secs(5))
            .add_root_certificate(ca)
            .identity(identity)
            .https_only(true)
            .min_tls_version(reqwest::tls::Version::TLS_1_2)
            .build()?;
        Ok(Self { http, base_url: cfg.base_url.clone() })
    }

    pub async fn stock(&self, sku: &str) -> Result<StockLevel, AppError> {
        let url = format!("{}/v2/stock/{}", self.base_url, urlencoding::encode(sku));
        Ok(self.http.get(url).send().await?.error_for_status()?.json().await?)
    }
}
