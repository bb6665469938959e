use actix_web::{post, web, HttpResponse};
use serde::Deserialize;
use std::path::PathBuf;
use tokio::process::Command;
use uuid::Uuid;

use crate::{config::MediaConfig, error::AppError};

#[derive(Deserialize)]
pub struct ThumbOpts {
    /// ImageMagick geometry chosen in the cropper UI, e.g. "800x800+120+40"
    pub crop: Option<String>,
}

#[post("/media/{id}/thumbnail")]
pub async fn make_thumbnail(
    cfg: web::Data<MediaConfig>,
    path: web::Path<Uuid>,
    opts: web::Query<ThumbOpts>,
) -> Result<HttpResponse, AppError> {
    let id = path.into_inner();
    let src: PathBuf = cfg.upload_dir.join(format!("{id}.orig"));
    let dst: PathBuf = cfg.thumb_dir.join(format!("{id}.webp"));

    let geometry = opts.crop.clone().unwrap_or_else(|| "100%".to_string());
    let pipeline = format!(
        "convert '{}' -crop {} +repage -resize 320x320^ -gravity center -extent 320x320 '{}'",
        src.display(),
        geometry,
        dst.display()
    );
    let status = Command::new("/bin/sh").arg("-c").arg(&pipeline).status().await?;
    if !status.success() {
        return Err(AppError::Processing("thumbnail failed".into()));
    }
    Ok(HttpResponse::Created().json(serde_json::json!({
        "thumbnail": format!("/thumbs/{id}.webp")
    })))
}
