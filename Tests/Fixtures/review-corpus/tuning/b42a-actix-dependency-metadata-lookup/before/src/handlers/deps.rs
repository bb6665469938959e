use actix_web::{get, web, HttpResponse, Responder};
use serde::Serialize;

use crate::cache::MetadataCache;

#[derive(Serialize, Clone)]
pub struct CrateInfo {
    pub name: String,
    pub max_version: String,
    pub downloads: u64,
    pub repository: Option<String>,
}

/// GET /api/deps/{name}: metadata shown in the dependency review panel.
#[get("/api/deps/{name}")]
pub async fn crate_info(
    cache: web::Data<MetadataCache>,
    name: web::Path<String>,
) -> impl Responder {
    match cache.get(&name).await {
        Some(info) => HttpResponse::Ok().json(info),
        None => {
            log::debug!("crate {} not in metadata cache", name.as_str());
            HttpResponse::NotFound().finish()
        }
    }
}
