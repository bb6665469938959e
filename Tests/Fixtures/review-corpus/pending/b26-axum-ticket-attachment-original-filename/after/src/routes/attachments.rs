use axum::{
    body::Body,
    extract::{Multipart, Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post},
    Json, Router,
};
use serde::Serialize;
use tokio::fs;
use tokio_util::io::ReaderStream;
use uuid::Uuid;

use crate::{auth::CurrentUser, db::attachments, error::AppError, AppState};

const MAX_ATTACHMENT_BYTES: usize = 20 * 1024 * 1024;

#[derive(Serialize)]
pub struct AttachmentCreated {
    id: Uuid,
    file_name: String,
    size: usize,
}

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/tickets/:ticket_id/attachments", post(upload))
        .route("/tickets/:ticket_id/attachments/:id", get(download))
}

async fn upload(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(ticket_id): Path<Uuid>,
    mut multipart: Multipart,
) -> Result<Json<Vec<AttachmentCreated>>, AppError> {
    state.tickets.ensure_access(&user, ticket_id).await?;
    let mut created = Vec::new();

    while let Some(field) = multipart.next_field().await? {
        let display_name = field
            .file_name()
            .map(str::to_owned)
            .unwrap_or_else(|| "attachment".to_string());
        let data = field.bytes().await?;
        if data.len() > MAX_ATTACHMENT_BYTES {
            return Err(AppError::PayloadTooLarge);
        }

        // Store under the original name so support staff can browse the
        // upload volume directly; the id only keys the DB row now.
        let id = Uuid::new_v4();
        let dir = state.upload_dir.join(ticket_id.to_string());
        fs::create_dir_all(&dir).await?;
        let dest = dir.join(&display_name);
        fs::write(&dest, &data).await?;

        attachments::insert(&state.db, id, ticket_id, &display_name, data.len() as i64).await?;
        created.push(AttachmentCreated { id, file_name: display_name, size: data.len() });
    }

    Ok(Json(created))
}

async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Path((ticket_id, id)): Path<(Uuid, Uuid)>,
) -> Result<Response, AppError> {
    state.tickets.ensure_access(&user, ticket_id).await?;
    let meta = attachments::get(&state.db, ticket_id, id)
        .await?
        .ok_or(AppError::NotFound)?;

    let path = state.upload_dir.join(ticket_id.to_string()).join(&meta.file_name);
    let file = fs::File::open(&path).await.map_err(|_| AppError::NotFound)?;
    let disposition = format!("attachment; filename=\"{}\"", meta.file_name.replace('"', ""));

    Ok((
        StatusCode::OK,
        [(header::CONTENT_DISPOSITION, disposition)],
        Body::from_stream(ReaderStream::new(file)),
    )
        .into_response())
}
