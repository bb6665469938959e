use actix_web::{get, web, HttpResponse, Responder};
use serde::Serialize;

use crate::state::AppState;

#[derive(Serialize)]
struct ThemeInfo {
    name: String,
    version: String,
}

#[get("/themes")]
pub async fn list_themes(state: web::Data<AppState>) -> impl Responder {
    let themes: Vec<ThemeInfo> = state
        .themes
        .iter()
        .map(|t| ThemeInfo {
            name: t.name.clone(),
            version: t.version.clone(),
        })
        .collect();
    HttpResponse::Ok().json(themes)
}

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(list_themes);
}
