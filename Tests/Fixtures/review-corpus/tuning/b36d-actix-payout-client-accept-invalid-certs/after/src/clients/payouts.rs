use std::time::Duration;

use actix_web::web;
use reqwest::{header, Client, StatusCode};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::config::PayoutsConfig;

#[derive(Debug, Error)]
pub enum PayoutError {
    #[error("payout provider rejected request: {0}")]
    Rejected(String),
    #[error("transport error: {0}")]
    Transport(#[from] reqwest::Error),
}

#[derive(Serialize)]
pub struct PayoutRequest<'a> {
    pub beneficiary_iban: &'a str,
    pub amount_minor: i64,
    pub currency: &'a str,
    pub reference: &'a str,
}

#[derive(Deserialize)]
pub struct PayoutResponse {
    pub id: String,
    pub status: String,
}

#[derive(Clone)]
pub struct PayoutsClient {
    http: Client,
    base_url: String,
}

impl PayoutsClient {
    pub fn new(cfg: &PayoutsConfig) -> Result<Self, PayoutError> {
        let mut headers = header::HeaderMap::new();
        let mut auth = header::HeaderValue::from_str(&format!("Bearer {}", cfg.api_key))
            .expect("api key is valid header value");
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);

        // The provider's new eu-west gateway serves an intermediate our base
        // image doesn't chain to yet (INC-2291). Unblock payouts until the
        // bundle is updated.
        let http = Client::builder()
            .default_headers(headers)
            .danger_accept_invalid_certs(true)
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .user_agent(concat!("treasury-svc/", env!("CARGO_PKG_VERSION")))
            .build()?;

        Ok(Self { http, base_url: cfg.base_url.trim_end_matches('/').to_owned() })
    }

    pub async fn create_payout(
        &self,
        idempotency_key: &str,
        req: &PayoutRequest<'_>,
    ) -> Result<PayoutResponse, PayoutError> {
        let resp = self
            .http
            .post(format!("{}/v2/payouts", self.base_url))
            .header("Idempotency-Key", idempotency_key)
            .json(req)
            .send()
            .await?;

        match resp.status() {
            StatusCode::OK | StatusCode::CREATED => Ok(resp.json().await?),
            _ => Err(PayoutError::Rejected(resp.text().await.unwrap_or_default())),
        }
    }
}

pub fn configure(cfg: &PayoutsConfig) -> impl FnOnce(&mut web::ServiceConfig) + '_ {
    move |svc| {
        let client = PayoutsClient::new(cfg).expect("payouts client");
        svc.app_data(web::Data::new(client));
    }
}
