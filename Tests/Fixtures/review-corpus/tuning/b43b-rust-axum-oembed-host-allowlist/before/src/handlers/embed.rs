use axum::{
    extract::{Query, State},
    http::StatusCode,
    Json,
};
use serde::{Deserialize, Serialize};

use crate::AppState;

#[derive(Deserialize)]
pub struct EmbedParams {
    /// YouTube video id, e.g. dQw4w9WgXcQ
    video_id: String,
}

#[derive(Serialize, Deserialize)]
pub struct Embed {
    title: String,
    html: String,
    thumbnail_url: String,
}

pub async fn embed(
    State(state): State<AppState>,
    Query(p): Query<EmbedParams>,
) -> Result<Json<Embed>, StatusCode> {
    if p.video_id.len() != 11 || !p.video_id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(StatusCode::BAD_REQUEST);
    }
    let watch = format!("https://www.youtube.com/watch?v={}", p.video_id);
    let embed = state
        .http
        .get("https://www.youtube.com/oembed")
        .query(&[("url", watch.as_str()), ("format", "json")])
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .json::<Embed>()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(Json(embed))
}
