use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use uuid::Uuid;

use crate::AppState;

const AVATAR_BUCKET: &str = "https://avatars.cdn.quillhub.io";

/// Proxies avatars through our origin so the CSP can stay `img-src 'self'`.
pub async fn avatar(
    State(state): State<AppState>,
    Path(user_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let url = format!("{AVATAR_BUCKET}/{user_id}.webp");
    let resp = state
        .http
        .get(&url)
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    if !resp.status().is_success() {
        return Err(StatusCode::NOT_FOUND);
    }
    let bytes = resp.bytes().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(([(header::CONTENT_TYPE, "image/webp")], bytes))
}
