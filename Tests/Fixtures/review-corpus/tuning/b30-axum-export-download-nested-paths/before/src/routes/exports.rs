use std::path::{Path, PathBuf};

use axum::{
    body::Body,
    extract::{Path as UrlPath, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Json, Router,
};
use tokio_util::io::ReaderStream;

use crate::{auth::CurrentUser, error::AppError, AppState};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/exports", get(list_exports))
        .route("/exports/:name", get(download_export))
}

async fn list_exports(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Json<Vec<String>>, AppError> {
    let dir = state.export_root.join(user.tenant_id.to_string());
    let mut names = Vec::new();
    let mut entries = match tokio::fs::read_dir(&dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Json(names)),
        Err(e) => return Err(e.into()),
    };
    while let Some(entry) = entries.next_entry().await? {
        if entry.file_type().await?.is_file() {
            names.push(entry.file_name().to_string_lossy().into_owned());
        }
    }
    names.sort();
    Ok(Json(names))
}

async fn download_export(
    State(state): State<AppState>,
    user: CurrentUser,
    UrlPath(name): UrlPath<String>,
) -> Result<Response, AppError> {
    let tenant_dir = state.export_root.join(user.tenant_id.to_string());
    let path = resolve_within(&tenant_dir, &name).await?;

    let file = tokio::fs::File::open(&path)
        .await
        .map_err(|_| AppError::NotFound)?;
    let stream = ReaderStream::new(file);
    let disposition = format!(
        "attachment; filename=\"{}\"",
        path.file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("export.csv")
    );

    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

/// Joins `name` onto `base` and refuses anything that resolves outside `base`.
async fn resolve_within(base: &Path, name: &str) -> Result<PathBuf, AppError> {
    let base = tokio::fs::canonicalize(base)
        .await
        .map_err(|_| AppError::NotFound)?;
    let candidate = tokio::fs::canonicalize(base.join(name))
        .await
        .map_err(|_| AppError::NotFound)?;
    if !candidate.starts_with(&base) {
        return Err(AppError::Forbidden);
    }
    Ok(candidate)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn rejects_parent_directory() {
        let dir = tempfile::tempdir().unwrap();
        let err = resolve_within(dir.path(), "../etc/passwd").await.unwrap_err();
        assert!(matches!(err, AppError::NotFound | AppError::Forbidden));
    }
}