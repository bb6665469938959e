use std::time::Duration;

use reqwest::{Client, StatusCode};
use serde::{Deserialize, Serialize};
use thiserror::Error;
use url::Url;

#[derive(Debug, Error)]
pub enum LedgerError {
    #[error("ledger request failed: {0}")]
    Http(#[from] reqwest::Error),
    #[error("ledger returned {0}")]
    Status(StatusCode),
    #[error("invalid ledger url: {0}")]
    Url(#[from] url::ParseError),
}

#[derive(Debug, Serialize)]
pub struct PostEntry<'a> {
    pub account: &'a str,
    pub amount_minor: i64,
    pub currency: &'a str,
    pub idempotency_key: &'a str,
}

#[derive(Debug, Deserialize, PartialEq)]
pub struct EntryReceipt {
    pub entry_id: String,
    pub balance_minor: i64,
}

pub struct LedgerClient {
    http: Client,
    base: Url,
    token: String,
}

impl LedgerClient {
    pub fn new(base: &str, token: String) -> Result<Self, LedgerError> {
        let http = Client::builder()
            .use_rustls_tls()
            .https_only(true)
            .timeout(Duration::from_secs(10))
            .build()?;
        Ok(Self::with_http(http, Url::parse(base)?, token))
    }

    pub(crate) fn with_http(http: Client, base: Url, token: String) -> Self {
        Self { http, base, token }
    }

    pub async fn post_entry(&self, entry: &PostEntry<'_>) -> Result<EntryReceipt, LedgerError> {
        let resp = self
            .http
            .post(self.base.join("/v1/entries")?)
            .bearer_auth(&self.token)
            .header("Idempotency-Key", entry.idempotency_key)
            .json(entry)
            .send()
            .await?;
        if !resp.status().is_success() {
            return Err(LedgerError::Status(resp.status()));
        }
        Ok(resp.json().await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wiremock::matchers::{header, method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn entry() -> PostEntry<'static> {
        PostEntry { account: "acct_1", amount_minor: 1250, currency: "EUR", idempotency_key: "k1" }
    }

    #[tokio::test]
    async fn posts_entry_with_bearer_token() {
        let server = MockServer::start().await;
        Mock::given(method("POST"))
            .and(path("/v1/entries"))
            .and(header("authorization", "Bearer test-token"))
            .respond_with(ResponseTemplate::new(201).set_body_json(serde_json::json!({
                "entry_id": "ent_1", "balance_minor": 1250
            })))
            .mount(&server)
            .await;

        let client = LedgerClient::with_http(Client::new(), Url::parse(&server.uri()).unwrap(), "test-token".into());
        let receipt = client.post_entry(&entry()).await.unwrap();
        assert_eq!(receipt, EntryReceipt { entry_id: "ent_1".into(), balance_minor: 1250 });
    }

    /// Exercises the rustls code path end to end against an in-process HTTPS stub
    /// that serves a throwaway self-signed certificate generated with rcgen.
    #[tokio::test]
    async fn surfaces_server_errors_over_tls() {
        let stub = crate::test_support::spawn_tls_stub(503, "{}").await;
        let http = Client::builder()
            .use_rustls_tls()
            // Test-only: the stub's certificate is minted per run for 127.0.0.1.
            .danger_accept_invalid_certs(true)
            .build()
            .unwrap();

        let client = LedgerClient::with_http(http, stub.url(), "test-token".into());
        let err = client.post_entry(&entry()).await.unwrap_err();
        assert!(matches!(err, LedgerError::Status(StatusCode::SERVICE_UNAVAILABLE)));
    }
}
