use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;

use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use tokio::fs;

pub struct ExportState {
    root: PathBuf,
}

impl ExportState {
    pub fn new(root: impl AsRef<FsPath>) -> std::io::Result<Self> {
        Ok(Self { root: std::fs::canonicalize(root)? })
    }
}

pub async fn download_export(
    State(state): State<Arc<ExportState>>,
    Path(name): Path<String>,
) -> Result<impl IntoResponse, StatusCode> {
    let resolved = fs::canonicalize(state.root.join(&name))
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    if !resolved.starts_with(&state.root) || !resolved.is_file() {
        return Err(StatusCode::NOT_FOUND);
    }

    let bytes = fs::read(&resolved).await.map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let filename = resolved
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("export.csv")
        .replace('"', "");

    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{filename}\"")),
        ],
        bytes,
    ))
}