use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use uuid::Uuid;

use crate::AppState;

const AVATAR_CDN: &str = "https://avatars.cdn.tallyhq.io";

/// Proxies a member's avatar through our origin so the SPA can cache it under our CSP.
pub async fn member_avatar(
    State(state): State<AppState>,
    Path(member_id): Path<Uuid>,
) -> Result<impl IntoResponse, StatusCode> {
    let member = state
        .members
        .find(member_id)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;

    let url = format!("{}/{}.png", AVATAR_CDN, member.avatar_key);
    let resp = state
        .http
        .get(&url)
        .send()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    if !resp.status().is_success() {
        return Err(StatusCode::BAD_GATEWAY);
    }
    let bytes = resp.bytes().await.map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok((
        [(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "public, max-age=86400")],
        bytes,
    ))
}
