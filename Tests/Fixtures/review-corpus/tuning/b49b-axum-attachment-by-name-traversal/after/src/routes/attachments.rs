use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use serde::Deserialize;
use std::path::PathBuf;
use tokio::fs;
use uuid::Uuid;

use crate::AppState;

/// Streams an attachment stored for a ticket. Files are stored under a
/// server-generated name recorded in the attachments table.
pub async fn download(
    State(state): State<AppState>,
    Path((ticket_id, file_id)): Path<(i64, Uuid)>,
) -> Result<impl IntoResponse, StatusCode> {
    let row = sqlx::query!(
        "SELECT stored_name, mime FROM attachments WHERE ticket_id = $1 AND id = $2",
        ticket_id,
        file_id
    )
    .fetch_optional(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .ok_or(StatusCode::NOT_FOUND)?;

    let path: PathBuf = state.upload_dir.join(&row.stored_name);
    let bytes = fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)?;
    Ok(([(header::CONTENT_TYPE, row.mime)], bytes))
}

#[derive(Deserialize)]
pub struct ByName {
    file: String,
}

/// Links imported from the old helpdesk look like
/// `/tickets/:id/files?file=<original file name>`; the migration copied those
/// files into `<upload_dir>/<ticket_id>/` under their original names.
pub async fn download_by_name(
    State(state): State<AppState>,
    Path(ticket_id): Path<i64>,
    Query(q): Query<ByName>,
) -> Result<impl IntoResponse, StatusCode> {
    let legacy_dir = state.upload_dir.join(ticket_id.to_string());
    let path = legacy_dir.join(&q.file);
    let bytes = fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)?;
    let mime = mime_guess::from_path(&path).first_or_octet_stream();
    Ok(([(header::CONTENT_TYPE, mime.to_string())], bytes))
}
