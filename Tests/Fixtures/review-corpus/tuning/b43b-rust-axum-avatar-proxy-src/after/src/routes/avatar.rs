use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;

const AVATAR_BUCKET: &str = "https://avatars.cdn.quillhub.io";

#[derive(Deserialize)]
pub struct AvatarParams {
    /// Gravatar / GitHub avatar URL for users who linked an external profile.
    src: Option<String>,
}

/// Proxies avatars through our origin so the CSP can stay `img-src 'self'`.
pub async fn avatar(
    State(state): State<AppState>,
    Path(user_id): Path<Uuid>,
    Query(params): Query<AvatarParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let url = match params.src {
        Some(src) if !src.is_empty() => src,
        _ => format!("{AVATAR_BUCKET}/{user_id}.webp"),
    };
    let resp = state
        .http
        .get(&url)
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    if !resp.status().is_success() {
        return Err(StatusCode::NOT_FOUND);
    }
    let content_type = resp
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("image/webp")
        .to_owned();
    let bytes = resp.bytes().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(([(header::CONTENT_TYPE, content_type)], bytes))
}
