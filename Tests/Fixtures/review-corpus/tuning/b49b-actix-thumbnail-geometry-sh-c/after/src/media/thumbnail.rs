use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use tokio::process::Command;

use crate::storage::Store;

#[derive(Deserialize)]
pub struct ThumbParams {
    /// ImageMagick geometry, e.g. `320x240`, `320x240^` (fill) or `800x>` (shrink only).
    size: String,
}

async fn render(input: &Path, output: &Path, geometry: &str) -> std::io::Result<bool> {
    // Run through the shell so geometry modifiers like `^` and `>` reach
    // ImageMagick the same way they do in the design team's scripts.
    let script = format!(
        "convert '{}' -resize '{}' -gravity center -extent '{}' -strip '{}'",
        input.display(),
        geometry,
        geometry,
        output.display()
    );
    let status = Command::new("sh").arg("-c").arg(&script).status().await?;
    Ok(status.success())
}

#[get("/images/{id}/thumb")]
pub async fn thumbnail(
    store: web::Data<Store>,
    id: web::Path<uuid::Uuid>,
    params: web::Query<ThumbParams>,
) -> impl Responder {
    let geometry = params.size.trim();
    if geometry.is_empty() || geometry.len() > 32 {
        return HttpResponse::BadRequest().body("invalid size");
    }
    let input: PathBuf = store.original_path(&id);
    let output: PathBuf = store.thumb_path(&id, geometry);
    match render(&input, &output, geometry).await {
        Ok(true) => match tokio::fs::read(&output).await {
            Ok(bytes) => HttpResponse::Ok().content_type("image/jpeg").body(bytes),
            Err(_) => HttpResponse::InternalServerError().finish(),
        },
        _ => HttpResponse::InternalServerError().finish(),
    }
}
