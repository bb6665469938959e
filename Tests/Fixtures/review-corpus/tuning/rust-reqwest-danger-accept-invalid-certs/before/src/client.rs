use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::Client;
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
    pub fn new(base: impl Into<String>) -> Result<Self> {
        let http = Client::builder()
            .timeout(Duration::from_secs(10))
            .user_agent("fieldops/0.4")
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
