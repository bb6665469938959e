use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
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
