use axum::{extract::State, http::StatusCode, Json};
use serde::Serialize;

use crate::AppState;

#[derive(Serialize)]
pub struct Theme {
    name: String,
    version: String,
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
