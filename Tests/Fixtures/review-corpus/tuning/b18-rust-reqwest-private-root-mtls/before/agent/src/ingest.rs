use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::Client;
use serde::{Deserialize, Serialize};
use tracing::{debug, instrument};

/// Settings for talking to the internal metrics ingest gateway.
#[derive(Debug, Clone, Deserialize)]
pub struct IngestConfig {
    pub endpoint: String,
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

impl IngestClient {
    pub fn new(cfg: &IngestConfig) -> Result<Self> {
        let http = Client::builder()
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