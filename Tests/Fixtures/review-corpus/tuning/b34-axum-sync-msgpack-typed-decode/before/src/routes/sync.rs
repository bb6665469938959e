use std::sync::Arc;

use axum::{
    extract::{DefaultBodyLimit, State},
    http::StatusCode,
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

async fn sync(
    State(state): State<Arc<AppState>>,
    Extension(device): Extension<CurrentDevice>,
    Json(batch): Json<SyncBatch>,
) -> Result<Json<SyncResponse>, (StatusCode, String)> {
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
