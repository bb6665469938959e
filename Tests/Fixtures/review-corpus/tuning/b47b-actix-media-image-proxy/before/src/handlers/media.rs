use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;

use crate::storage::BlobStore;

#[derive(Deserialize)]
pub struct ThumbQuery {
    w: Option<u32>,
}

#[get("/media/{key}")]
async fn get_media(
    store: web::Data<BlobStore>,
    key: web::Path<String>,
    q: web::Query<ThumbQuery>,
) -> actix_web::Result<impl Responder> {
    let blob = store
        .get(key.as_str())
        .await
        .map_err(actix_web::error::ErrorNotFound)?;
    let bytes = match q.w {
        Some(w) => blob.resized(w.min(2048))?,
        None => blob.bytes,
    };
    Ok(HttpResponse::Ok().content_type(blob.content_type).body(bytes))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(get_media);
}
