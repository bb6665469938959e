use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;
use std::path::PathBuf;

use crate::AppState;

#[derive(Deserialize)]
pub struct ListQuery {
    pub prefix: Option<String>,
}

#[get("/archives")]
pub async fn list_archives(state: web::Data<AppState>, q: web::Query<ListQuery>) -> impl Responder {
    let dir: PathBuf = state.archive_dir.clone();
    let mut names = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if q.prefix.as_deref().map_or(true, |p| name.starts_with(p)) {
                names.push(name);
            }
        }
    }
    names.sort();
    HttpResponse::Ok().json(names)
}
