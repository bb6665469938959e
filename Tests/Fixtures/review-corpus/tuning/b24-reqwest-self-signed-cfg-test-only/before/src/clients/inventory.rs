use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;

#[derive(Debug, thiserror::Error)]
pub enum InventoryError {
    #[error("inventory request failed: {0}")]
    Http(#[from] reqwest::Error),
    #[error("sku {0} not found")]
    NotFound(String),
}

#[derive(Debug, Clone, Deserialize, PartialEq)]
pub struct StockLevel {
    pub sku: String,
    pub available: i64,
    pub reserved: i64,
}

#[derive(Clone)]
pub struct InventoryClient {
    http: reqwest::Client,
    base_url: String,
}

impl InventoryClient {
    pub fn new(base_url: impl Into<String>) -> Result<Self, InventoryError> {
        let http = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .pool_idle_timeout(Duration::from_secs(30))
            .build()?;
        Ok(Self {
            http,
            base_url: base_url.into(),
        })
    }

    pub async fn stock(&self, sku: &str) -> Result<StockLevel, InventoryError> {
        let resp = self
            .http
            .get(format!("{}/v1/stock/{}", self.base_url, sku))
            .send()
            .await?;
        if resp.status() == StatusCode::NOT_FOUND {
            return Err(InventoryError::NotFound(sku.to_owned()));
        }
        Ok(resp.error_for_status()?.json().await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    #[tokio::test]
    async fn reads_stock_level() {
        let server = MockServer::start().await;
        Mock::given(method("GET"))
            .and(path("/v1/stock/SKU-1"))
            .respond_with(ResponseTemplate::new(200).set_body_json(serde_json::json!({
                "sku": "SKU-1", "available": 7, "reserved": 2
            })))
            .mount(&server)
            .await;

        let client = InventoryClient::new(server.uri()).unwrap();
        let level = client.stock("SKU-1").await.unwrap();
        assert_eq!(level.available, 7);
    }

    #[tokio::test]
    async fn maps_404_to_not_found() {
        let server = MockServer::start().await;
        let client = InventoryClient::new(server.uri()).unwrap();
        let err = client.stock("missing").await.unwrap_err();
        assert!(matches!(err, InventoryError::NotFound(ref s) if s == "missing"));
    }
}
