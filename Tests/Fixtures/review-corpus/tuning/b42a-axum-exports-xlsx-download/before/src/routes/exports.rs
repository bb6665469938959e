use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
    routing::get,
    Extension, Router,
};
use uuid::Uuid;

use crate::{auth::CurrentUser, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/exports/:export_id", get(download_export))
}

async fn download_export(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(export_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let path = state
        .exports_dir
        .join(user.tenant_id.to_string())
        .join(format!("{export_id}.csv"));

    let bytes = tokio::fs::read(&path).await.map_err(|err| {
        tracing::debug!(?path, %err, "export not found");
        StatusCode::NOT_FOUND
    })?;

    tracing::info!(tenant = %user.tenant_id, %export_id, "export downloaded");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{export_id}.csv\""),
            ),
        ],
        bytes,
    ))
}
