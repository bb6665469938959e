use axum::{
    extract::{Path, Query, State},
    http::{header, StatusCode},
    response::IntoResponse,
};
use serde::Deserialize;
use uuid::Uuid;

use crate::AppState;

const AVATAR_CDN: &str = "https://avatars.cdn.tallyhq.io";

#[derive(Deserialize)]
pub struct AvatarParams {
    /// Set by the SPA for members who signed up with SSO and kept their IdP picture.
    src: Option<String>,
}

/// Proxies a member's avatar through our origin so the SPA can cache it under our CSP.
pub async fn member_avatar(
    State(state): State<AppState>,
    Path(member_id): Path<Uuid>,
    Query(params): Query<AvatarParams>,
) -> Result<impl IntoResponse, StatusCode> {
    let member = state
        .members
        .find(member_id)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;

    let url = match params.src {
        Some(src) if !src.is_empty() => src,
        _ => format!("{}/{}.png", AVATAR_CDN, member.avatar_key),
    };
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
