use std::path::PathBuf;
use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use serde::Serialize;
use tokio_util::io::ReaderStream;
use tracing::{info, warn};

use crate::auth::CurrentUser;
use crate::jobs::{ExportJob, JobQueue};

#[derive(Clone)]
pub struct ExportState {
    pub export_dir: PathBuf,
    pub queue: Arc<JobQueue>,
}

#[derive(Serialize)]
struct ExportQueued {
    job_id: String,
}

pub fn router(state: ExportState) -> Router {
    Router::new()
        .route("/exports", post(queue_export))
        .route("/exports/*path", get(download_export))
        .with_state(state)
}

async fn queue_export(
    State(state): State<ExportState>,
    user: CurrentUser,
) -> Result<Json<ExportQueued>, StatusCode> {
    let job = ExportJob::new(user.tenant_id, user.id);
    let job_id = job.id.to_string();
    state
        .queue
        .push(job)
        .await
        .map_err(|_| StatusCode::SERVICE_UNAVAILABLE)?;
    info!(%job_id, tenant = %user.tenant_id, "export queued");
    Ok(Json(ExportQueued { job_id }))
}

/// Streams a finished export. Files live under `<export_dir>/<tenant_id>/`.
async fn download_export(
    State(state): State<ExportState>,
    user: CurrentUser,
    Path(path): Path<String>,
) -> Result<Response, StatusCode> {
    let tenant_root = state.export_dir.join(user.tenant_id.to_string());
    let tenant_root = tokio::fs::canonicalize(&tenant_root)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;

    let resolved = tokio::fs::canonicalize(tenant_root.join(&path))
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    if !resolved.starts_with(&tenant_root) {
        warn!(user = %user.id, requested = %path, "export path escapes tenant root");
        return Err(StatusCode::NOT_FOUND);
    }

    let file = tokio::fs::File::open(&resolved)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    let file_name = resolved
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export.csv")
        .to_owned();

    let body = Body::from_stream(ReaderStream::new(file));
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        body,
    )
        .into_response())
}
