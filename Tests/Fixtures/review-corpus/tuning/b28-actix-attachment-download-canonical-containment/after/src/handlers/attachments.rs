use std::path::PathBuf;

use actix_files::NamedFile;
use actix_multipart::form::{tempfile::TempFile, MultipartForm};
use actix_web::http::header::ContentDisposition;
use actix_web::{get, post, web, HttpResponse, Responder};
use serde::Serialize;
use uuid::Uuid;

use crate::auth::Identity;
use crate::error::ApiError;

pub struct AttachmentConfig {
    pub root: PathBuf,
    pub max_bytes: usize,
}

#[derive(MultipartForm)]
pub struct UploadForm {
    #[multipart(limit = "25MB")]
    file: TempFile,
}

#[derive(Serialize)]
struct AttachmentInfo {
    name: String,
    size: u64,
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(upload).service(list).service(download);
}

fn tenant_dir(config: &AttachmentConfig, identity: &Identity) -> PathBuf {
    config.root.join(identity.tenant_id.to_string())
}

#[post("/attachments")]
async fn upload(
    config: web::Data<AttachmentConfig>,
    identity: Identity,
    MultipartForm(form): MultipartForm<UploadForm>,
) -> Result<impl Responder, ApiError> {
    if form.file.size > config.max_bytes {
        return Err(ApiError::PayloadTooLarge);
    }
    let dir = tenant_dir(&config, &identity);
    tokio::fs::create_dir_all(&dir).await?;

    // Stored names are server-generated; the client's filename is kept only as metadata.
    let stored = format!("{}.bin", Uuid::new_v4());
    let dest = dir.join(&stored);
    form.file.file.persist(&dest).map_err(|e| ApiError::Internal(e.to_string()))?;

    Ok(HttpResponse::Created().json(AttachmentInfo {
        name: stored,
        size: form.file.size as u64,
    }))
}

#[get("/attachments/{name:.*}")]
async fn download(
    config: web::Data<AttachmentConfig>,
    identity: Identity,
    name: web::Path<String>,
) -> Result<NamedFile, ApiError> {
    let requested = name.into_inner();
    let base = tokio::fs::canonicalize(tenant_dir(&config, &identity))
        .await
        .map_err(|_| ApiError::NotFound)?;

    // Resolve symlinks and `..` first, then require the result to stay inside
    // this tenant's directory.
    let resolved = tokio::fs::canonicalize(base.join(&requested))
        .await
        .map_err(|_| ApiError::NotFound)?;
    if !resolved.starts_with(&base) || !resolved.is_file() {
        return Err(ApiError::NotFound);
    }

    let file = NamedFile::open_async(&resolved).await?;
    Ok(file.set_content_disposition(ContentDisposition::attachment(requested)))
}

#[get("/attachments")]
async fn list(
    config: web::Data<AttachmentConfig>,
    identity: Identity,
) -> Result<impl Responder, ApiError> {
    let dir = tenant_dir(&config, &identity);
    let mut out = Vec::new();
    let mut entries = match tokio::fs::read_dir(&dir).await {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(HttpResponse::Ok().json(out)),
        Err(e) => return Err(e.into()),
    };
    while let Some(entry) = entries.next_entry().await? {
        let meta = entry.metadata().await?;
        if meta.is_file() {
            out.push(AttachmentInfo {
                name: entry.file_name().to_string_lossy().into_owned(),
                size: meta.len(),
            });
        }
    }
    Ok(HttpResponse::Ok().json(out))
}
