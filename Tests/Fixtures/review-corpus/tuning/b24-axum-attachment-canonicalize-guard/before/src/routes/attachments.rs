use std::path::PathBuf;

use axum::{
    extract::{Path, State},
    http::StatusCode,
    routing::get,
    Json, Router,
};
use serde::Serialize;
use tokio::fs;

use crate::{auth::CurrentUser, db::Db};

#[derive(Clone)]
pub struct AttachmentsState {
    pub db: Db,
    pub root: PathBuf,
}

#[derive(Serialize)]
pub struct AttachmentEntry {
    name: String,
    size: u64,
}

pub fn router(state: AttachmentsState) -> Router {
    Router::new()
        .route("/tickets/:ticket_id/attachments", get(list_attachments))
        .with_state(state)
}

async fn ensure_access(db: &Db, user: &CurrentUser, ticket_id: u64) -> Result<(), StatusCode> {
    let allowed = db
        .user_can_view_ticket(user.id, ticket_id)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    if allowed {
        Ok(())
    } else {
        Err(StatusCode::NOT_FOUND)
    }
}

async fn list_attachments(
    State(state): State<AttachmentsState>,
    user: CurrentUser,
    Path(ticket_id): Path<u64>,
) -> Result<Json<Vec<AttachmentEntry>>, StatusCode> {
    ensure_access(&state.db, &user, ticket_id).await?;

    let dir = state.root.join(ticket_id.to_string());
    let mut entries = match fs::read_dir(&dir).await {
        Ok(entries) => entries,
        Err(_) => return Ok(Json(Vec::new())),
    };

    let mut out = Vec::new();
    while let Some(entry) = entries
        .next_entry()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    {
        let meta = entry
            .metadata()
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
        if meta.is_file() {
            out.push(AttachmentEntry {
                name: entry.file_name().to_string_lossy().into_owned(),
                size: meta.len(),
            });
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(Json(out))
}
