use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::{Certificate, Client};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Forecast {
    pub station: String,
    pub temperature_c: f32,
    pub wind_kmh: f32,
}

pub struct WeatherClient {
    http: Client,
    base: String,
}

impl WeatherClient {
    pub fn new(base: impl Into<String>, ca_pem: &[u8]) -> Result<Self> {
        let ca = Certificate::from_pem(ca_pem).context("parsing CA bundle")?;
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent("fieldops/0.4")
            .add_root_certificate(ca)
            .https_only(true)
            .min_tls_version(reqwest::tls::Version::TLS_1_2)
            .build()
            .context("building http client")?;
        Ok(Self { http, base: base.into() })
    }

    pub async fn forecast(&self, station: &str) -> Result<Forecast> {
        let url = format!("{}/v1/stations/{}/forecast", self.base, station);
        let resp = self.http.get(url).send().await?.error_for_status()?;
        Ok(resp.json().await?)
    }
}
