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
            .https_only(true)
            .build()?;
        Ok(Self::with_http(base_url, http))
    }

    /// Builds a client around an existing reqwest::Client (shared pools,
    /// custom middleware in tests).
    pub fn with_http(base_url: impl Into<String>, http: reqwest::Client) -> Self {
        Self {
            http,
            base_url: base_url.into(),
        }
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

    fn plain_http_client(uri: String) -> InventoryClient {
        InventoryClient::with_http(uri, reqwest::Client::new())
    }

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

        let client = plain_http_client(server.uri());
        let level = client.stock("SKU-1").await.unwrap();
        assert_eq!(level.available, 7);
    }

    #[tokio::test]
    async fn maps_404_to_not_found() {
        let server = MockServer::start().await;
        let client = plain_http_client(server.uri());
        let err = client.stock("missing").await.unwrap_err();
        assert!(matches!(err, InventoryError::NotFound(ref s) if s == "missing"));
    }

    /// Exercises the https code path against a throwaway local server whose
    /// certificate is generated per test run, so it cannot chain to any CA.
    #[tokio::test]
    async fn works_over_tls() {
        let cert = rcgen::generate_simple_self_signed(vec!["localhost".into()]).unwrap();
        let tls = axum_server::tls_rustls::RustlsConfig::from_pem(
            cert.cert.pem().into_bytes(),
            cert.key_pair.serialize_pem().into_bytes(),
        )
        .await
        .unwrap();
        let app = axum::Router::new().route(
            "/v1/stock/:sku",
            axum::routing::get(|| async {
                axum::Json(serde_json::json!({ "sku": "SKU-9", "available": 1, "reserved": 0 }))
            }),
        );
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        tokio::spawn(axum_server::from_tcp_rustls(listener, tls).serve(app.into_make_service()));

        let http = reqwest::Client::builder()
            .danger_accept_invalid_certs(true)
            .build()
            .unwrap();
        let client = InventoryClient::with_http(format!("https://localhost:{port}"), http);
        let level = client.stock("SKU-9").await.unwrap();
        assert_eq!(level.available, 1);
    }
}
