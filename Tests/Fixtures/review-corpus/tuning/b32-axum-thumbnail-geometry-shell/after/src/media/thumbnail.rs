//! On-demand thumbnails for uploaded images.
//!
//! GET /media/:id/thumb?size=320x240&quality=82
//! Rendered files are cached next to the originals in the media cache dir.

use std::path::Path;

use axum::{
    extract::{Path as UrlPath, Query, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
};
use serde::Deserialize;
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct ThumbParams {
    /// ImageMagick geometry, e.g. "320x240", "640x" or "50%".
    #[serde(default = "default_size")]
    size: String,
    #[serde(default = "default_quality")]
    quality: u8,
}

fn default_size() -> String {
    "320x240".to_owned()
}

fn default_quality() -> u8 {
    82
}

pub async fn thumbnail(
    State(state): State<AppState>,
    UrlPath(media_id): UrlPath<Uuid>,
    Query(params): Query<ThumbParams>,
) -> Result<Response, StatusCode> {
    let original = state
        .media
        .original_path(media_id)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;

    let cache_name = format!(
        "{media_id}-{}-q{}.jpg",
        params.size.replace(['/', '%'], "_"),
        params.quality.min(100)
    );
    let out = state.media.cache_dir().join(cache_name);

    if tokio::fs::metadata(&out).await.is_err() {
        render_thumbnail(&original, &out, &params.size, params.quality.min(100))
            .await
            .map_err(|e| {
                tracing::warn!(%media_id, error = %e, "thumbnail render failed");
                StatusCode::UNPROCESSABLE_ENTITY
            })?;
    }

    let bytes = tokio::fs::read(&out)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok((
        [
            (header::CONTENT_TYPE, "image/jpeg"),
            (header::CACHE_CONTROL, "public, max-age=604800"),
        ],
        bytes,
    )
        .into_response())
}

/// Runs ImageMagick through `sh -c` so the `[0]` frame selector and geometry
/// strings are passed exactly the way the ImageMagick docs write them.
async fn render_thumbnail(src: &Path, dst: &Path, size: &str, quality: u8) -> anyhow::Result<()> {
    let script = format!(
        "convert '{}[0]' -auto-orient -strip -thumbnail {} -quality {} '{}'",
        src.display(),
        size,
        quality,
        dst.display(),
    );
    let status = Command::new("sh")
        .arg("-c")
        .arg(&script)
        .kill_on_drop(true)
        .status()
        .await?;
    anyhow::ensure!(status.success(), "convert exited with {status}");
    Ok(())
}
