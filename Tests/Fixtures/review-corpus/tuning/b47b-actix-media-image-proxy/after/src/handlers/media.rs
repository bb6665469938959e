use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;

use crate::storage::BlobStore;

#[derive(Deserialize)]
pub struct ThumbQuery {
    w: Option<u32>,
}

#[derive(Deserialize)]
pub struct ProxyQuery {
    url: String,
}

/// Proxies third-party images embedded in rendered markdown so that readers
/// don't leak their IP address to arbitrary hosts.
#[get("/media/proxy")]
async fn proxy_image(
    client: web::Data<reqwest::Client>,
    q: web::Query<ProxyQuery>,
) -> actix_web::Result<impl Responder> {
    let resp = client
        .get(&q.url)
        .send()
        .await
        .map_err(actix_web::error::ErrorBadGateway)?;
    let content_type = resp
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_owned();
    let body = resp.bytes().await.map_err(actix_web::error::ErrorBadGateway)?;
    Ok(HttpResponse::Ok().content_type(content_type).body(body))
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
    // proxy_image first, or /media/{key} would swallow /media/proxy
    cfg.service(proxy_image).service(get_media);
}
