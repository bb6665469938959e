use std::io::Write;

use actix_multipart::Multipart;
use actix_web::{post, web, HttpResponse};
use futures_util::TryStreamExt;
use serde::Serialize;
use sqlx::PgPool;
use tempfile::NamedTempFile;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::storage::Storage;

const MAX_UPLOAD_BYTES: usize = 500 * 1024 * 1024;

#[derive(Serialize)]
struct UploadResponse {
    id: Uuid,
    bytes: usize,
}

#[post("/videos")]
pub async fn upload_video(
    user: CurrentUser,
    pool: web::Data<PgPool>,
    storage: web::Data<Storage>,
    mut payload: Multipart,
) -> Result<HttpResponse, ApiError> {
    let mut tmp = NamedTempFile::new_in(storage.scratch_dir()).map_err(ApiError::internal)?;
    let mut written = 0usize;
    let mut original_name: Option<String> = None;

    while let Some(mut field) = payload.try_next().await.map_err(ApiError::bad_request)? {
        if field.name() != "file" {
            continue;
        }
        original_name = field
            .content_disposition()
            .get_filename()
            .map(|n| n.chars().take(255).collect());
        while let Some(chunk) = field.try_next().await.map_err(ApiError::bad_request)? {
            written += chunk.len();
            if written > MAX_UPLOAD_BYTES {
                return Err(ApiError::payload_too_large());
            }
            tmp = web::block(move || tmp.write_all(&chunk).map(|_| tmp))
                .await
                .map_err(ApiError::internal)?
                .map_err(ApiError::internal)?;
        }
    }
    if written == 0 {
        return Err(ApiError::bad_request("no file uploaded"));
    }

    let id = Uuid::new_v4();
    storage.persist(tmp, id).await.map_err(ApiError::internal)?;

    sqlx::query!(
        "INSERT INTO videos (id, owner_id, original_name, size_bytes) VALUES ($1, $2, $3, $4)",
        id,
        user.id,
        original_name,
        written as i64,
    )
    .execute(pool.get_ref())
    .await
    .map_err(ApiError::internal)?;

    Ok(HttpResponse::Created().json(UploadResponse { id, bytes: written }))
}
