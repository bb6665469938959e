use std::{path::PathBuf, sync::Arc};

use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use serde::Deserialize;
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

const DEFAULT_WIDTH: u32 = 320;
const MIN_WIDTH: u32 = 64;
const MAX_WIDTH: u32 = 1280;

#[derive(Deserialize)]
pub struct ThumbParams {
    w: Option<u32>,
}

fn upload_path(root: &PathBuf, id: Uuid) -> PathBuf {
    root.join("uploads").join(format!("{id}.mp4"))
}

pub async fn video_thumbnail(
    State(state): State<Arc<AppState>>,
    Path(id): Path<Uuid>,
    Query(params): Query<ThumbParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let input = upload_path(&state.media_root, id);
    if !tokio::fs::try_exists(&input).await.unwrap_or(false) {
        return Err(StatusCode::NOT_FOUND);
    }
    // Retina grids ask for 2x; cache each width separately.
    let width = params.w.unwrap_or(DEFAULT_WIDTH).clamp(MIN_WIDTH, MAX_WIDTH);
    let output = state
        .media_root
        .join("thumbs")
        .join(format!("{id}-{width}.jpg"));

    if !tokio::fs::try_exists(&output).await.unwrap_or(false) {
        let scale = format!("scale={width}:-2");
        tracing::debug!(%id, width, "rendering thumbnail");
        let status = Command::new("ffmpeg")
            .args(["-y", "-loglevel", "error", "-ss", "1", "-i"])
            .arg(&input)
            .args(["-frames:v", "1", "-vf", &scale])
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
    }

    let bytes = tokio::fs::read(&output)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        bytes,
    ))
}
