use actix_files::NamedFile;
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

#[get("/themes/{theme}/{file:.*}")]
pub async fn theme_file(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> actix_web::Result<NamedFile> {
    let (theme, file) = path.into_inner();
    let full = state.themes_dir.join(&theme).join(&file);
    Ok(NamedFile::open(full)?)
}

pub fn config(cfg: &mut web::ServiceConfig) {
    cfg.service(list_themes).service(theme_file);
}
