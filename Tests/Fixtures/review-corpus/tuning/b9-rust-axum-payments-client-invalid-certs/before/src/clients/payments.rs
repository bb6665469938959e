use std::time::Duration;

use reqwest::{Client, StatusCode};
use serde::{Deserialize, Serialize};

use crate::config::PaymentsConfig;
use crate::error::AppError;

#[derive(Serialize)]
pub struct ChargeRequest<'a> {
    pub amount_cents: i64,
    pub currency: &'a str,
    pub source_token: &'a str,
    pub idempotency_key: &'a str,
}

#[derive(Deserialize)]
pub struct ChargeResponse {
    pub id: String,
    pub status: String,
}

#[derive(Clone)]
pub struct PaymentsClient {
    http: Client,
    base_url: String,
    api_key: String,
}

impl PaymentsClient {
    pub fn new(cfg: &PaymentsConfig) -> Result<Self, AppError> {
        let http = Client::builder()
            .timeout(Duration::from_secs(15))
            .user_agent("shop-api/1.4")
            .build()?;
        Ok(Self { http, base_url: cfg.base_url.clone(), api_key: cfg.api_key.clone() })
    }

    pub async fn charge(&self, req: &ChargeRequest<'_>) -> Result<ChargeResponse, AppError> {
        let resp = self
            .http
            .post(format!("{}/v1/charges", self.base_url))
            .bearer_auth(&self.api_key)
            .header("Idempotency-Key", req.idempotency_key)
            .json(req)
            .send()
            .await?;
        match resp.status() {
            StatusCode::OK | StatusCode::CREATED => Ok(resp.json().await?),
            status => Err(AppError::Upstream(format!("charge failed: {status}"))),
        }
    }
}
