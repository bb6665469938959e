use std::path::PathBuf;

use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

/// GET /videos/:id/poster.jpg — grabs a frame for the video card.
pub async fn poster(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let input: PathBuf = state.media_root.join(format!("{id}.mp4"));
    let output = state.cache_root.join(format!("{id}-poster.jpg"));

    if !output.exists() {
        let status = Command::new("ffmpeg")
            .args(["-y", "-loglevel", "error", "-ss", "1", "-i"])
            .arg(&input)
            .args(["-frames:v", "1", "-vf", "scale=640:-2"])
            .arg(&output)
            .status()
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
        if !status.success() {
            return Err(StatusCode::NOT_FOUND);
        }
    }

    let bytes = tokio::fs::read(&output)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(([(header::CONTENT_TYPE, "image/jpeg")], bytes))
}
