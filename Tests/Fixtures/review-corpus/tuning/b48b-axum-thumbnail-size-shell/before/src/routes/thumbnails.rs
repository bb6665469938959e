use axum::{
    extract::{Path, State},
    http::StatusCode,
    response::IntoResponse,
};
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

/// Generates a 256px WebP thumbnail for an uploaded image.
pub async fn make_thumbnail(
    State(state): State<AppState>,
    Path(upload_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let src = state.upload_dir.join(upload_id.to_string());
    let dst = state.thumb_dir.join(format!("{upload_id}.webp"));

    let status = Command::new("convert")
        .arg(&src)
        .arg("-thumbnail")
        .arg("256x256")
        .arg(&dst)
        .status()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;

    if !status.success() {
        return Err(StatusCode::UNPROCESSABLE_ENTITY);
    }
    Ok(StatusCode::CREATED)
}
