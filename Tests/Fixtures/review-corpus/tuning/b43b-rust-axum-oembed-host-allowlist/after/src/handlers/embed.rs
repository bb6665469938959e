use axum::{
    extract::{Query, State},
    http::StatusCode,
    Json,
};
use serde::{Deserialize, Serialize};
use url::Url;

use crate::AppState;

/// host -> that provider's oEmbed endpoint
const PROVIDERS: &[(&str, &str)] = &[
    ("www.youtube.com", "https://www.youtube.com/oembed"),
    ("youtu.be", "https://www.youtube.com/oembed"),
    ("vimeo.com", "https://vimeo.com/api/oembed.json"),
];

#[derive(Deserialize)]
pub struct EmbedParams {
    /// the video page URL the author pasted into the editor
    url: String,
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
    let page = Url::parse(&p.url).map_err(|_| StatusCode::BAD_REQUEST)?;
    if page.scheme() != "https" || page.port().is_some() || !page.username().is_empty() {
        return Err(StatusCode::BAD_REQUEST);
    }
    let host = page.host_str().ok_or(StatusCode::BAD_REQUEST)?;
    let endpoint = PROVIDERS
        .iter()
        .find(|(h, _)| *h == host)
        .map(|(_, e)| *e)
        .ok_or(StatusCode::UNPROCESSABLE_ENTITY)?;
    let embed = state
        .http
        .get(endpoint)
        .query(&[("url", page.as_str()), ("format", "json")])
        .send()
        .await
        .and_then(|r| r.error_for_status())
        .map_err(|_| StatusCode::BAD_GATEWAY)?
        .json::<Embed>()
        .await
        .map_err(|_| StatusCode::BAD_GATEWAY)?;
    Ok(Json(embed))
}
