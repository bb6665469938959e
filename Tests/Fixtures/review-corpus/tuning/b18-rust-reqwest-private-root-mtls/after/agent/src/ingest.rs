use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::{Certificate, Client, Identity};
use serde::{Deserialize, Serialize};
use tracing::{debug, instrument};

/// Settings for talking to the internal metrics ingest gateway.
#[derive(Debug, Clone, Deserialize)]
pub struct IngestConfig {
    pub endpoint: String,
    /// PEM bundle holding the private root CA that signs the gateway's cert.
    pub ca_bundle: String,
    /// PEM file with this agent's client certificate and key (mTLS).
    pub client_identity: String,
}

#[derive(Debug, Serialize)]
pub struct Sample<'a> {
    pub metric: &'a str,
    pub value: f64,
    pub ts_ms: i64,
    pub labels: &'a [(&'a str, &'a str)],
}

pub struct IngestClient {
    http: Client,
    endpoint: String,
}

fn load_pem(path: &str) -> Result<Vec<u8>> {
    std::fs::read(Path::new(path)).with_context(|| format!("reading {path}"))
}

impl IngestClient {
    pub fn new(cfg: &IngestConfig) -> Result<Self> {
        let ca = Certificate::from_pem(&load_pem(&cfg.ca_bundle)?).context("parsing CA bundle")?;
        let identity = Identity::from_pem(&load_pem(&cfg.client_identity)?).context("parsing client identity")?;

        // Trust only our private root for this client (built-in roots off),
        // require TLS 1.2+, and present the agent certificate.
        let http = Client::builder()
            .use_rustls_tls()
            .tls_built_in_root_certs(false)
            .add_root_certificate(ca)
            .identity(identity)
            .min_tls_version(reqwest::tls::Version::TLS_1_2)
            .https_only(true)
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(15))
            .user_agent(concat!("metrics-agent/", env!("CARGO_PKG_VERSION")))
            .build()
            .context("building HTTP client")?;

        Ok(Self { http, endpoint: cfg.endpoint.clone() })
    }

    #[instrument(skip(self, samples), fields(count = samples.len()))]
    pub async fn push(&self, samples: &[Sample<'_>]) -> Result<()> {
        if samples.is_empty() {
            return Ok(());
        }
        let resp = self
            .http
            .post(format!("{}/v1/samples", self.endpoint.trim_end_matches('/')))
            .json(samples)
            .send()
            .await
            .context("sending samples")?;
        let status = resp.status();
        if !status.is_success() {
            let body = resp.text().await.unwrap_or_default();
            anyhow::bail!("ingest rejected batch: {status}: {}", body.chars().take(300).collect::<String>());
        }
        debug!("pushed batch");
        Ok(())
    }
}