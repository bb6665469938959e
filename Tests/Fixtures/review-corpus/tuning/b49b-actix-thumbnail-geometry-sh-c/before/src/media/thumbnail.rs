use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;
use std::path::{Path, PathBuf};
use tokio::process::Command;

use crate::storage::Store;

#[derive(Deserialize)]
pub struct ThumbParams {
    w: u32,
    h: u32,
}

async fn render(input: &Path, output: &Path, w: u32, h: u32) -> std::io::Result<bool> {
    let status = Command::new("convert")
        .arg(input)
        .arg("-resize")
        .arg(format!("{}x{}", w.min(2048), h.min(2048)))
        .arg("-strip")
        .arg(output)
        .status()
        .await?;
    Ok(status.success())
}

#[get("/images/{id}/thumb")]
pub async fn thumbnail(
    store: web::Data<Store>,
    id: web::Path<uuid::Uuid>,
    params: web::Query<ThumbParams>,
) -> impl Responder {
    let input: PathBuf = store.original_path(&id);
    let output: PathBuf = store.thumb_path(&id, &format!("{}x{}", params.w, params.h));
    match render(&input, &output, params.w, params.h).await {
        Ok(true) => match tokio::fs::read(&output).await {
            Ok(bytes) => HttpResponse::Ok().content_type("image/jpeg").body(bytes),
            Err(_) => HttpResponse::InternalServerError().finish(),
        },
        _ => HttpResponse::InternalServerError().finish(),
    }
}
