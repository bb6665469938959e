use std::net::IpAddr;

use axum::{
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
    Json, Router,
};
use serde::{Deserialize, Serialize};
use url::Url;
use uuid::Uuid;

use crate::{auth::TenantUser, error::ApiError, state::AppState, webhooks::sign_payload};

#[derive(Deserialize)]
pub struct NewWebhook {
    pub url: String,
    pub events: Vec<String>,
}

#[derive(Deserialize)]
pub struct PreviewRequest {
    pub url: String,
    #[serde(default = "default_event")]
    pub event: String,
}

fn default_event() -> String {
    "ping".to_owned()
}

#[derive(Serialize)]
pub struct DeliveryResult {
    pub status: u16,
    pub body: String,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/webhooks", post(create_webhook))
        .route("/webhooks/preview", post(preview_delivery))
        .route("/webhooks/:id/test", post(send_test))
        .route("/webhooks/:id", get(show_webhook))
}

async fn validate_target(raw: &str) -> Result<Url, ApiError> {
    let url = Url::parse(raw).map_err(|_| ApiError::bad_request("invalid url"))?;
    if url.scheme() != "https" {
        return Err(ApiError::bad_request("webhook url must use https"));
    }
    let host = url.host_str().ok_or_else(|| ApiError::bad_request("missing host"))?;
    let port = url.port_or_known_default().unwrap_or(443);
    let addrs = tokio::net::lookup_host((host, port))
        .await
        .map_err(|_| ApiError::bad_request("host does not resolve"))?;
    for addr in addrs {
        if is_internal(addr.ip()) {
            return Err(ApiError::bad_request("webhook url points at a private address"));
        }
    }
    Ok(url)
}

fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => v4.is_private() || v4.is_loopback() || v4.is_link_local() || v4.is_unspecified(),
        IpAddr::V6(v6) => v6.is_loopback() || v6.is_unspecified() || (v6.segments()[0] & 0xfe00) == 0xfc00,
    }
}

async fn create_webhook(
    State(state): State<AppState>,
    user: TenantUser,
    Json(body): Json<NewWebhook>,
) -> Result<(StatusCode, Json<crate::models::Webhook>), ApiError> {
    let url = validate_target(&body.url).await?;
    let hook = state.db.insert_webhook(user.tenant_id, url.as_str(), &body.events).await?;
    Ok((StatusCode::CREATED, Json(hook)))
}

/// Lets the settings page show what the customer's endpoint answers before
/// they save it.
async fn preview_delivery(
    State(state): State<AppState>,
    _user: TenantUser,
    Json(req): Json<PreviewRequest>,
) -> Result<Json<DeliveryResult>, ApiError> {
    let payload = serde_json::json!({ "event": req.event, "preview": true });

    let resp = state
        .http
        .post(req.url.trim())
        .json(&payload)
        .send()
        .await
        .map_err(|e| ApiError::bad_gateway(&format!("delivery failed: {e}")))?;

    let status = resp.status().as_u16();
    let body = resp.text().await.unwrap_or_default();
    Ok(Json(DeliveryResult { status, body }))
}

async fn show_webhook(
    State(state): State<AppState>,
    user: TenantUser,
    Path(id): Path<Uuid>,
) -> Result<Json<crate::models::Webhook>, ApiError> {
    let hook = state.db.find_webhook(user.tenant_id, id).await?.ok_or(ApiError::NotFound)?;
    Ok(Json(hook))
}

async fn send_test(
    State(state): State<AppState>,
    user: TenantUser,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, ApiError> {
    let hook = state.db.find_webhook(user.tenant_id, id).await?.ok_or(ApiError::NotFound)?;
    let payload = serde_json::json!({ "event": "ping", "webhook_id": hook.id });
    let signature = sign_payload(&hook.secret, &payload);

    state
        .http
        .post(&hook.url)
        .header("X-Signature", signature)
        .json(&payload)
        .send()
        .await
        .map_err(|_| ApiError::bad_gateway("delivery failed"))?;

    Ok(StatusCode::ACCEPTED)
}
