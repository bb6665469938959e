use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::Response,
    routing::{get, post},
    Json, Router,
};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::{auth::CurrentUser, jobs::ExportQueue, AppState};

#[derive(Serialize)]
struct ExportStarted {
    job_id: Uuid,
}

#[derive(Deserialize)]
struct DownloadParams {
    file: String,
}

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/exports", post(start_export))
        .route("/exports/download", get(download_export))
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

/// The status payload hands back `file` (e.g. `org-42/2024-05-01-ledger.csv`);
/// the dashboard links straight to this endpoint with it.
async fn download_export(
    State(state): State<Arc<AppState>>,
    user: CurrentUser,
    Query(params): Query<DownloadParams>,
) -> Result<Response, StatusCode> {
    let full_path = state.config.export_dir.join(&params.file);
    tracing::info!(user = %user.id, path = %full_path.display(), "export download");

    let bytes = tokio::fs::read(&full_path)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;

    let name = full_path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export.csv")
        .to_owned();

    Response::builder()
        .header(header::CONTENT_TYPE, "text/csv")
        .header(header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))
        .body(Body::from(bytes))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
