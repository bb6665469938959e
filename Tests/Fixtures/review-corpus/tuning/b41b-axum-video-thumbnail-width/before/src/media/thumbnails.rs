use std::{path::PathBuf, sync::Arc};

use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

const THUMB_WIDTH: u32 = 320;

fn upload_path(root: &PathBuf, id: Uuid) -> PathBuf {
    root.join("uploads").join(format!("{id}.mp4"))
}

pub async fn video_thumbnail(
    State(state): State<Arc<AppState>>,
    Path(id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let input = upload_path(&state.media_root, id);
    if !tokio::fs::try_exists(&input).await.unwrap_or(false) {
        return Err(StatusCode::NOT_FOUND);
    }
    let output = state.media_root.join("thumbs").join(format!("{id}.jpg"));

    let status = Command::new("ffmpeg")
        .args(["-y", "-loglevel", "error", "-ss", "1", "-i"])
        .arg(&input)
        .args(["-frames:v", "1", "-vf"])
        .arg(format!("scale={THUMB_WIDTH}:-2"))
        .arg(&output)
        .status()
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "failed to spawn ffmpeg");
            StatusCode::INTERNAL_SERVER_ERROR
        })?;
    if !status.success() {
        tracing::warn!(%id, ?status, "ffmpeg exited non-zero");
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }

    let bytes = tokio::fs::read(&output)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(([(header::CONTENT_TYPE, "image/jpeg")], bytes))
}
