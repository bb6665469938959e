use std::path::{Path as FsPath, PathBuf};
use std::sync::Arc;

use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use tokio::fs::File;
use tokio_util::io::ReaderStream;
use tracing::{info, warn};

use crate::auth::CurrentUser;
use crate::error::ApiError;

#[derive(Clone)]
pub struct AttachmentState {
    pub root: PathBuf,
    pub db: Arc<crate::db::Pool>,
}

pub fn router(state: AttachmentState) -> Router {
    Router::new()
        .route("/tickets/:ticket_id/attachments/*name", get(download))
        .with_state(state)
}

fn content_type_for(path: &FsPath) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("png") => "image/png",
        Some("jpg") | Some("jpeg") => "image/jpeg",
        Some("pdf") => "application/pdf",
        Some("txt") | Some("log") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

async fn download(
    State(state): State<AttachmentState>,
    user: CurrentUser,
    Path((ticket_id, name)): Path<(i64, String)>,
) -> Result<Response, ApiError> {
    let ticket = crate::db::tickets::find(&state.db, ticket_id)
        .await?
        .ok_or(ApiError::NotFound)?;
    if ticket.org_id != user.org_id {
        return Err(ApiError::NotFound);
    }

    // Attachments can now live in sub-folders (e.g. "screenshots/step-1.png").
    let relative = name.trim_start_matches('/');
    if relative.is_empty() {
        return Err(ApiError::BadRequest("invalid attachment name"));
    }
    let path = state
        .root
        .join(ticket.org_id.to_string())
        .join(ticket_id.to_string())
        .join(relative);

    let file = match File::open(&path).await {
        Ok(f) => f,
        Err(e) => {
            warn!(?path, error = %e, "attachment missing");
            return Err(ApiError::NotFound);
        }
    };
    info!(ticket_id, user = user.id, "attachment download");

    let stream = ReaderStream::new(file);
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, content_type_for(&path)),
            (header::CACHE_CONTROL, "private, max-age=300"),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}