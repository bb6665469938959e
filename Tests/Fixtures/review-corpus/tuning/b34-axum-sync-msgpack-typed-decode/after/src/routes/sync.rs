use std::sync::Arc;

use axum::{
    body::Bytes,
    extract::{DefaultBodyLimit, State},
    http::{header, HeaderMap, StatusCode},
    routing::post,
    Extension, Json, Router,
};
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use uuid::Uuid;

use crate::{auth::CurrentDevice, state::AppState, sync::SyncEngine};

const MAX_SYNC_BODY: usize = 4 * 1024 * 1024;
const MAX_CHANGES: usize = 5_000;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncBatch {
    pub cursor: Option<i64>,
    pub changes: Vec<Change>,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Change {
    Upsert {
        id: Uuid,
        title: String,
        body: String,
        #[serde(with = "time::serde::rfc3339")]
        updated_at: OffsetDateTime,
    },
    Delete {
        id: Uuid,
    },
}

#[derive(Debug, Serialize)]
pub struct SyncResponse {
    pub cursor: i64,
    pub applied: usize,
}

pub fn router() -> Router<Arc<AppState>> {
    Router::new()
        .route("/sync", post(sync))
        .layer(DefaultBodyLimit::max(MAX_SYNC_BODY))
}

/// Mobile clients send MessagePack to save bandwidth; the web app keeps JSON.
/// Both decode into the same typed SyncBatch, so nothing outside its fields
/// can be constructed.
fn decode_batch(headers: &HeaderMap, body: &[u8]) -> Result<SyncBatch, (StatusCode, String)> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/json");
    let bad = |e: &dyn std::fmt::Display| (StatusCode::BAD_REQUEST, format!("invalid sync batch: {e}"));
    match content_type.split(';').next().map(str::trim) {
        Some("application/msgpack") | Some("application/x-msgpack") => {
            rmp_serde::from_slice::<SyncBatch>(body).map_err(|e| bad(&e))
        }
        Some("application/json") => serde_json::from_slice::<SyncBatch>(body).map_err(|e| bad(&e)),
        _ => Err((StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported content type".into())),
    }
}

async fn sync(
    State(state): State<Arc<AppState>>,
    Extension(device): Extension<CurrentDevice>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<SyncResponse>, (StatusCode, String)> {
    let batch = decode_batch(&headers, &body)?;
    if batch.changes.len() > MAX_CHANGES {
        return Err((StatusCode::PAYLOAD_TOO_LARGE, "too many changes".into()));
    }
    let engine = SyncEngine::new(&state.db, device.user_id, device.id);
    let (cursor, applied) = engine
        .apply(batch.cursor, batch.changes)
        .await
        .map_err(|e| (StatusCode::CONFLICT, e.to_string()))?;
    Ok(Json(SyncResponse { cursor, applied }))
}
