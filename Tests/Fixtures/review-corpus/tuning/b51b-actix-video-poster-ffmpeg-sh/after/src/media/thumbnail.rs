use std::path::{Path, PathBuf};
use std::process::Command;

use actix_multipart::form::{tempfile::TempFile, text::Text, MultipartForm};
use actix_web::{post, web, HttpResponse};

use crate::{error::AppError, storage::MediaStore};

#[derive(MultipartForm)]
pub struct UploadForm {
    #[multipart(limit = "200MB")]
    file: TempFile,
    /// Timestamp to grab the poster frame from, e.g. "00:00:03".
    at: Option<Text<String>>,
}

#[post("/media/videos")]
pub async fn upload_video(
    store: web::Data<MediaStore>,
    MultipartForm(form): MultipartForm<UploadForm>,
) -> Result<HttpResponse, AppError> {
    let original = form
        .file
        .file_name
        .clone()
        .unwrap_or_else(|| "upload.mp4".to_string());
    let saved: PathBuf = store.persist(form.file.file, &original)?;
    let poster = saved.with_extension("jpg");
    let offset = form
        .at
        .map(|t| t.into_inner())
        .unwrap_or_else(|| "00:00:01".into());

    web::block(move || render_poster(&saved, &poster, &offset)).await??;
    Ok(HttpResponse::Created().json(serde_json::json!({ "name": original })))
}

fn render_poster(input: &Path, output: &Path, offset: &str) -> Result<(), AppError> {
    let cmd = format!(
        "ffmpeg -y -ss {} -i '{}' -frames:v 1 -vf scale=640:-1 '{}' 2>/dev/null",
        offset,
        input.display(),
        output.display()
    );
    let status = Command::new("sh").arg("-c").arg(&cmd).status()?;
    if !status.success() {
        return Err(AppError::Transcode(status.code()));
    }
    Ok(())
}
