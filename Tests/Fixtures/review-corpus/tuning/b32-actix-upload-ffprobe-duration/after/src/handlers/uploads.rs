use std::io::Write;
use std::path::Path;

use actix_multipart::Multipart;
use actix_web::{post, web, HttpResponse};
use futures_util::TryStreamExt;
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use tempfile::NamedTempFile;
use tokio::process::Command;
use uuid::Uuid;

use crate::auth::CurrentUser;
use crate::error::ApiError;
use crate::storage::Storage;

const MAX_UPLOAD_BYTES: usize = 500 * 1024 * 1024;
const MAX_DURATION_SECS: f64 = 30.0 * 60.0;

#[derive(Serialize)]
struct UploadResponse {
    id: Uuid,
    bytes: usize,
    duration_secs: f64,
}

#[derive(Deserialize)]
struct ProbeOutput {
    format: ProbeFormat,
}

#[derive(Deserialize)]
struct ProbeFormat {
    duration: String,
}

/// Reads the container duration with ffprobe. The binary is spawned directly
/// with an argument vector (no shell); the only dynamic argument is the path of
/// our own temp file, and demuxers/protocols are restricted to local video files.
async fn probe_duration(path: &Path) -> Result<f64, ApiError> {
    let output = Command::new("ffprobe")
        .args(["-v", "error", "-protocol_whitelist", "file"])
        .args(["-format_whitelist", "mov,mp4,m4a,3gp,3g2,mj2,matroska,webm"])
        .args(["-show_entries", "format=duration", "-of", "json"])
        .arg(path)
        .kill_on_drop(true)
        .output()
        .await
        .map_err(ApiError::internal)?;
    if !output.status.success() {
        return Err(ApiError::bad_request("not a readable video"));
    }
    let parsed: ProbeOutput =
        serde_json::from_slice(&output.stdout).map_err(|_| ApiError::bad_request("not a readable video"))?;
    parsed
        .format
        .duration
        .parse::<f64>()
        .map_err(|_| ApiError::bad_request("not a readable video"))
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

    let duration_secs = probe_duration(tmp.path()).await?;
    if duration_secs > MAX_DURATION_SECS {
        return Err(ApiError::bad_request("videos are limited to 30 minutes"));
    }

    let id = Uuid::new_v4();
    storage.persist(tmp, id).await.map_err(ApiError::internal)?;

    sqlx::query!(
        "INSERT INTO videos (id, owner_id, original_name, size_bytes, duration_secs) VALUES ($1, $2, $3, $4, $5)",
        id,
        user.id,
        original_name,
        written as i64,
        duration_secs,
    )
    .execute(pool.get_ref())
    .await
    .map_err(ApiError::internal)?;

    Ok(HttpResponse::Created().json(UploadResponse { id, bytes: written, duration_secs }))
}
