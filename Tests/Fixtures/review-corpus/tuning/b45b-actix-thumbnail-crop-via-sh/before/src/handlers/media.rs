use actix_web::{post, web, HttpResponse};
use std::path::PathBuf;
use tokio::process::Command;
use uuid::Uuid;

use crate::{config::MediaConfig, error::AppError};

#[post("/media/{id}/thumbnail")]
pub async fn make_thumbnail(
    cfg: web::Data<MediaConfig>,
    path: web::Path<Uuid>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let src: PathBuf = cfg.upload_dir.join(format!("{id}.orig"));
    let dst: PathBuf = cfg.thumb_dir.join(format!("{id}.webp"));

    let status = Command::new("convert")
        .arg(&src)
        .args(["-resize", "320x320^", "-gravity", "center", "-extent", "320x320"])
        .arg(&dst)
        .status()
        .await?;
    if !status.success() {
        return Err(AppError::Processing("thumbnail failed".into()));
    }
    Ok(HttpResponse::Created().json(serde_json::json!({
        "thumbnail": format!("/thumbs/{id}.webp")
    })))
}
