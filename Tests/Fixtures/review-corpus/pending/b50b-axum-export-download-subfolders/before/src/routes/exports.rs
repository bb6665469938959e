use axum::{
    extract::{Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use serde::Deserialize;

use crate::{auth::CurrentUser, AppState};

#[derive(Deserialize)]
pub struct DownloadParams {
    file: String,
}

/// GET /exports/download?file=orders-2024-05-01.csv
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<DownloadParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let valid = !params.file.is_empty()
        && params
            .file
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.')
        && !params.file.starts_with('.');
    if !valid {
        return Err(StatusCode::BAD_REQUEST);
    }

    let path = state.export_root.join(user.org_id.to_string()).join(&params.file);
    let bytes = tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)?;

    Ok((
        [
            (header::CONTENT_TYPE, "text/csv".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", params.file)),
        ],
        bytes,
    ))
}
