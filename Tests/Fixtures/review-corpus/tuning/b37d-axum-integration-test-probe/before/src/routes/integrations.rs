use axum::{
    extract::{Path, State},
    http::StatusCode,
    routing::{delete, get},
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
