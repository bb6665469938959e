use std::sync::Arc;

use axum::{
    extract::{Path, State},
    http::StatusCode,
    routing::{get, post},
    Json, Router,
};
use serde::Serialize;
use uuid::Uuid;

use crate::{auth::CurrentUser, jobs::ExportQueue, AppState};

#[derive(Serialize)]
struct ExportStarted {
    job_id: Uuid,
}

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/exports", post(start_export))
        .route("/exports/:job_id", get(export_status))
}

async fn start_export(
    State(state): State<Arc<AppState>>,
    user: CurrentUser,
) -> Result<Json<ExportStarted>, StatusCode> {
    let job_id = state
        .exports
        .enqueue(user.org_id, user.id)
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "failed to enqueue export");
            StatusCode::INTERNAL_SERVER_ERROR
        })?;
    Ok(Json(ExportStarted { job_id }))
}

async fn export_status(
    State(state): State<Arc<AppState>>,
    user: CurrentUser,
    Path(job_id): Path<Uuid>,
) -> Result<Json<<ExportQueue as crate::jobs::Queue>::Status>, StatusCode> {
    state
        .exports
        .status(user.org_id, job_id)
        .await
        .map(Json)
        .ok_or(StatusCode::NOT_FOUND)
}
