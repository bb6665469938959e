use axum::{
    body::Body,
    extract::{Path as UrlPath, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use tokio_util::io::ReaderStream;

use crate::{auth::CurrentUser, error::AppError, AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exports", get(list_exports))
        // exports are now grouped per month, e.g. /exports/2024-05/orders.csv
        .route("/exports/*path", get(download_export))
}

async fn list_exports(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<String>>, AppError> {
    let dir = state.export_root.join(user.tenant_id.to_string());
    let mut names = Vec::new();
    let mut entries = match tokio::fs::read_dir(&dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Json(names)),
        Err(e) => return Err(e.into()),
    };
    while let Some(entry) = entries.next_entry().await? {
        if entry.file_type().await?.is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(Json(names))
}

async fn download_export(
    State(state): State<AppState>,
    user: CurrentUser,
    UrlPath(rel_path): UrlPath<String>,
) -> Result<Response, AppError> {
    let tenant_dir = state.export_root.join(user.tenant_id.to_string());
    let path = tenant_dir.join(rel_path.trim_start_matches('/'));

    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|_| AppError::NotFound)?;
    let stream = ReaderStream::new(file);
    let disposition = format!(
        "attachment; filename=\"{}\"",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("export.csv")
    );

    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}