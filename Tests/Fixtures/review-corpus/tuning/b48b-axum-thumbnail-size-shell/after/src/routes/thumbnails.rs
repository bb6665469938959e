use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    response::IntoResponse,
};
use serde::Deserialize;
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct ThumbParams {
    /// ImageMagick geometry, e.g. "128x128" or "640x".
    size: Option<String>,
}

/// Generates a WebP thumbnail for an uploaded image (256px unless `?size=` is given).
pub async fn make_thumbnail(
    State(state): State<AppState>,
    Path(upload_id): Path<Uuid>,
    Query(params): Query<ThumbParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let src = state.upload_dir.join(upload_id.to_string());
    let dst = state.thumb_dir.join(format!("{upload_id}.webp"));
    let size = params.size.unwrap_or_else(|| "256x256".to_string());

    let status = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "convert {} -thumbnail {} {}",
            src.display(),
            size,
            dst.display()
        ))
        .status()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;

    if !status.success() {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    Ok(StatusCode::CREATED)
}
