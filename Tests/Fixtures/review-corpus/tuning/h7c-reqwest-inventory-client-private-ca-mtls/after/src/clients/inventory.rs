use std::path::PathBuf;
use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::{tls, Certificate, Client, Identity};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize)]
pub struct InventoryConfig {
    /// e.g. https://inventory.svc.internal:8443
    pub base_url: String,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// PEM bundle of the internal CA, mounted from the cluster secret.
    pub ca_bundle_path: PathBuf,
    /// PEM file holding this service's client certificate followed by its private key.
    pub client_identity_path: PathBuf,
}

fn default_timeout_ms() -> u64 {
    2_500
}

#[derive(Debug, Deserialize)]
pub struct StockLevel {
    pub sku: String,
    pub warehouse: String,
    pub on_hand: i64,
    pub reserved: i64,
}

#[derive(Debug, Serialize)]
struct ReserveRequest<'a> {
    sku: &'a str,
    quantity: u32,
    order_ref: &'a str,
}

#[derive(Clone)]
pub struct InventoryClient {
    http: Client,
    base_url: String,
}

impl InventoryClient {
    pub fn new(cfg: &InventoryConfig) -> Result<Self> {
        let ca_pem = std::fs::read(&cfg.ca_bundle_path)
            .with_context(|| format!("reading CA bundle {}", cfg.ca_bundle_path.display()))?;
        let ca = Certificate::from_pem(&ca_pem).context("parsing internal CA")?;

        let id_pem = std::fs::read(&cfg.client_identity_path)
            .with_context(|| format!("reading client identity {}", cfg.client_identity_path.display()))?;
        let identity = Identity::from_pem(&id_pem).context("parsing client identity")?;

        // Inventory moved behind mTLS: trust only our CA, not the public roots.
        let http = Client::builder()
            .tls_built_in_root_certs(false)
            .add_root_certificate(ca)
            .identity(identity)
            .min_tls_version(tls::Version::TLS_1_2)
            .https_only(true)
            .timeout(Duration::from_millis(cfg.timeout_ms))
            .pool_idle_timeout(Duration::from_secs(30))
            .build()
            .context("building inventory http client")?;
        Ok(Self {
            http,
            base_url: cfg.base_url.trim_end_matches('/').to_string(),
        })
    }

    pub async fn stock(&self, sku: &str) -> Result<Vec<StockLevel>> {
        let levels = self
            .http
            .get(format!("{}/v1/stock", self.base_url))
            .query(&[("sku", sku)])
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        Ok(levels)
    }

    pub async fn reserve(&self, sku: &str, quantity: u32, order_ref: &str) -> Result<()> {
        self.http
            .post(format!("{}/v1/reservations", self.base_url))
            .json(&ReserveRequest { sku, quantity, order_ref })
            .send()
            .await?
            .error_for_status()?;
        Ok(())
    }
}
