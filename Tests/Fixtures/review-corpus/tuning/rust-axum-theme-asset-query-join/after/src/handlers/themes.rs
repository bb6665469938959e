use std::path::PathBuf;

use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
    Json,
};
use serde::{Deserialize, Serialize};

use crate::AppState;

#[derive(Serialize)]
pub struct Theme {
    name: String,
    version: String,
}

#[derive(Deserialize)]
pub struct AssetQuery {
    file: String,
}

pub async fn list_themes(State(state): State<AppState>) -> Result<Json<Vec<Theme>>, StatusCode> {
    let themes = state
        .themes
        .iter()
        .map(|t| Theme {
            name: t.name.clone(),
            version: t.version.clone(),
        })
        .collect();
    Ok(Json(themes))
}

pub async fn theme_asset(
    State(state): State<AppState>,
    Path(theme): Path<String>,
    Query(q): Query<AssetQuery>,
) -> Result<impl IntoResponse, StatusCode> {
    let path: PathBuf = state.themes_dir.join(&theme).join(&q.file);
    let bytes = tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)?;
    let mime = mime_guess::from_path(&path).first_or_octet_stream();
    Ok(([(header::CONTENT_TYPE, mime.to_string())], bytes))
}
