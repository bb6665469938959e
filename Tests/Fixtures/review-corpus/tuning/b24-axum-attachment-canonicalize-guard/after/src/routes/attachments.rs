use std::path::PathBuf;

use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::Response,
    routing::get,
    Json, Router,
};
use serde::Serialize;
use tokio::fs;
use tokio_util::io::ReaderStream;

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
        .route("/tickets/:ticket_id/attachments/*file", get(download_attachment))
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

async fn download_attachment(
    State(state): State<AttachmentsState>,
    user: CurrentUser,
    Path((ticket_id, file)): Path<(u64, String)>,
) -> Result<Response, StatusCode> {
    ensure_access(&state.db, &user, ticket_id).await?;

    let ticket_root = fs::canonicalize(state.root.join(ticket_id.to_string()))
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    let requested = fs::canonicalize(ticket_root.join(&file))
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    // Reject "..", absolute paths and symlinks that resolve outside the ticket.
    if !requested.starts_with(&ticket_root) {
        return Err(StatusCode::NOT_FOUND);
    }

    let handle = fs::File::open(&requested)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    let name = requested
        .file_name()
        .map(|n| n.to_string_lossy().replace('"', ""))
        .unwrap_or_default();

    Response::builder()
        .header(header::CONTENT_TYPE, "application/octet-stream")
        .header(header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\""))
        .body(Body::from_stream(ReaderStream::new(handle)))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
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
