use std::path::{Path as FsPath, PathBuf};

use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use serde::Deserialize;
use tokio::process::Command;
use uuid::Uuid;

use crate::AppState;

#[derive(Deserialize)]
pub struct PosterParams {
    /// Timestamp to grab, e.g. "1", "00:00:12.5". Defaults to one second in.
    at: Option<String>,
}

fn ffmpeg_cmdline(input: &FsPath, output: &FsPath, at: &str) -> String {
    format!(
        "ffmpeg -y -loglevel error -ss {at} -i '{}' -frames:v 1 -vf scale=640:-2 '{}'",
        input.display(),
        output.display()
    )
}

/// GET /videos/:id/poster.jpg?at=... — grabs a frame for the video card.
pub async fn poster(
    State(state): State<AppState>,
    Path(id): Path<Uuid>,
    Query(params): Query<PosterParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let at = params.at.unwrap_or_else(|| "1".to_owned());
    let input: PathBuf = state.media_root.join(format!("{id}.mp4"));
    let output = state.cache_root.join(format!("{id}-poster-{}.jpg", at.replace(':', "_")));

    if !output.exists() {
        let status = Command::new("sh")
            .arg("-c")
            .arg(ffmpeg_cmdline(&input, &output, &at))
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
