use actix_web::{get, web, HttpResponse, Responder};
use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};
use std::time::Duration;
use url::Url;

use crate::cache::MetadataCache;

const CRATES_API: &str = "https://crates.io/api/v1/crates";

static HTTP: Lazy<reqwest::Client> = Lazy::new(|| {
    reqwest::Client::builder()
        .user_agent("acme-dep-review (platform@acme-corp.com)")
        .timeout(Duration::from_secs(5))
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("reqwest client")
});

#[derive(Serialize, Clone)]
pub struct CrateInfo {
    pub name: String,
    pub max_version: String,
    pub downloads: u64,
    pub repository: Option<String>,
}

#[derive(Deserialize)]
struct ApiResponse {
    #[serde(rename = "crate")]
    krate: ApiCrate,
}

#[derive(Deserialize)]
struct ApiCrate {
    name: String,
    max_version: String,
    downloads: u64,
    repository: Option<String>,
}

fn valid_crate_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

async fn fetch_from_registry(name: &str) -> anyhow::Result<CrateInfo> {
    let mut url = Url::parse(CRATES_API)?;
    url.path_segments_mut()
        .map_err(|_| anyhow::anyhow!("base url cannot have segments"))?
        .push(name);
    let body: ApiResponse = HTTP.get(url).send().await?.error_for_status()?.json().await?;
    let c = body.krate;
    Ok(CrateInfo { name: c.name, max_version: c.max_version, downloads: c.downloads, repository: c.repository })
}

/// GET /api/deps/{name}: metadata shown in the dependency review panel.
#[get("/api/deps/{name}")]
pub async fn crate_info(
    cache: web::Data<MetadataCache>,
    name: web::Path<String>,
) -> impl Responder {
    if let Some(info) = cache.get(&name).await {
        return HttpResponse::Ok().json(info);
    }
    if !valid_crate_name(&name) {
        return HttpResponse::BadRequest().body("invalid crate name");
    }
    match fetch_from_registry(&name).await {
        Ok(info) => {
            cache.insert(info.clone()).await;
            HttpResponse::Ok().json(info)
        }
        Err(err) => {
            log::warn!("crates.io lookup for {} failed: {err:#}", name.as_str());
            HttpResponse::NotFound().finish()
        }
    }
}
