use std::path::Path;

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

/// GET /exports/download?file=2024/05/orders-2024-05-01.csv
///
/// Exports are now written into `<org>/<year>/<month>/` so the listing stays small.
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Query(params): Query<DownloadParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let valid = !params.file.is_empty()
        && params
            .file
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !params.file.starts_with('.');
    if !valid {
        return Err(StatusCode::BAD_REQUEST);
    }

    let path = state.export_root.join(user.org_id.to_string()).join(&params.file);
    let bytes = tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)?;

    let name = Path::new(&params.file)
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export.csv");
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", name)),
        ],
        bytes,
    ))
}
