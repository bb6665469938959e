use axum::{
    extract::{Path, State},
    http::StatusCode,
    routing::{delete, get, post},
    Json, Router,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{auth::CurrentUser, error::ApiError, AppState};

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct Integration {
    pub id: Uuid,
    pub kind: String,
    pub target_url: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct NewIntegration {
    pub kind: String,
    pub target_url: url::Url,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/integrations", get(list).post(create))
        .route("/integrations/test", post(test_target))
        .route("/integrations/:id", delete(remove))
}

async fn list(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<Integration>>, ApiError> {
    let rows = sqlx::query_as::<_, Integration>(
        "SELECT id, kind, target_url, created_at FROM integrations \
         WHERE workspace_id = $1 ORDER BY created_at",
    )
    .bind(user.workspace_id)
    .fetch_all(&state.db)
    .await?;
    Ok(Json(rows))
}

async fn create(
    State(state): State<AppState>,
    user: CurrentUser,
    Json(body): Json<NewIntegration>,
) -> Result<(StatusCode, Json<Integration>), ApiError> {
    if body.target_url.scheme() != "https" {
        return Err(ApiError::bad_request("target_url must use https"));
    }
    let row = sqlx::query_as::<_, Integration>(
        "INSERT INTO integrations (id, workspace_id, kind, target_url) VALUES ($1, $2, $3, $4) \
         RETURNING id, kind, target_url, created_at",
    )
    .bind(Uuid::new_v4())
    .bind(user.workspace_id)
    .bind(&body.kind)
    .bind(body.target_url.as_str())
    .fetch_one(&state.db)
    .await?;
    Ok((StatusCode::CREATED, Json(row)))
}

#[derive(Debug, Deserialize)]
pub struct TestTarget {
    pub target_url: String,
    #[serde(default)]
    pub method: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TestResult {
    pub status: u16,
    pub body_preview: String,
}

/// Backs the "Send test event" button so users can check an endpoint before saving it.
async fn test_target(
    State(state): State<AppState>,
    _user: CurrentUser,
    Json(body): Json<TestTarget>,
) -> Result<Json<TestResult>, ApiError> {
    let method = body.method.as_deref().unwrap_or("GET");
    let result = probe(&state.http, method, &body.target_url).await?;
    Ok(Json(result))
}

async fn probe(client: &reqwest::Client, method: &str, target: &str) -> Result<TestResult, ApiError> {
    let method = reqwest::Method::from_bytes(method.as_bytes())
        .map_err(|_| ApiError::bad_request("unsupported method"))?;
    let resp = client
        .request(method, target)
        .header("X-Relay-Event", "integration.test")
        .send()
        .await
        .map_err(|e| ApiError::bad_gateway(e.to_string()))?;
    let status = resp.status().as_u16();
    let text = resp.text().await.unwrap_or_default();
    Ok(TestResult {
        status,
        body_preview: text.chars().take(2048).collect(),
    })
}

async fn remove(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> Result<StatusCode, ApiError> {
    sqlx::query("DELETE FROM integrations WHERE id = $1 AND workspace_id = $2")
        .bind(id)
        .bind(user.workspace_id)
        .execute(&state.db)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
