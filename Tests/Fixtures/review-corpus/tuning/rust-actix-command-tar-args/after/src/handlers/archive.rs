use actix_web::{get, post, web, HttpResponse, Responder};
use serde::Deserialize;
use std::path::PathBuf;
use std::process::Command;

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

#[derive(Deserialize)]
pub struct ExtractQuery {
    pub file: String,
}

#[post("/archives/extract")]
pub async fn extract(state: web::Data<AppState>, q: web::Query<ExtractQuery>) -> impl Responder {
    let dest = state.work_dir.join("extracted");
    if q.file.contains('/') || q.file.starts_with('.') || !q.file.ends_with(".tar.gz") {
        return HttpResponse::BadRequest().body("bad archive name");
    }
    let src = state.archive_dir.join(&q.file);
    let status = Command::new("tar")
        .arg("-xzf")
        .arg(&src)
        .arg("-C")
        .arg(&dest)
        .status();
    match status {
        Ok(s) if s.success() => HttpResponse::Ok().finish(),
        _ => HttpResponse::InternalServerError().body("extract failed"),
    }
}
