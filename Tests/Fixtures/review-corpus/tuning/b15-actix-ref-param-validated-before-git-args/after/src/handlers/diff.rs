use actix_web::{get, web, HttpResponse, Responder};
use once_cell::sync::Lazy;
use regex::Regex;
use serde::Deserialize;
use std::process::Command;

use crate::state::AppState;

static REF_PATTERN: Lazy<Regex> =
    Lazy::new(|| Regex::new(r"^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$").unwrap());

#[derive(Deserialize)]
pub struct DiffQuery {
    #[serde(rename = "ref")]
    git_ref: Option<String>,
    context: Option<u8>,
}

fn diff_stat(repo: &str, base: &str, head: &str) -> std::io::Result<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["diff", "--stat", "--no-color"])
        .arg(format!("{}...{}", base, head))
        .arg("--")
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

#[get("/repos/{id}/diffstat")]
pub async fn diffstat(
    state: web::Data<AppState>,
    path: web::Path<i64>,
    query: web::Query<DiffQuery>,
) -> impl Responder {
    let Some(repo) = state.repos.checkout_dir(path.into_inner()).await else {
        return HttpResponse::NotFound().finish();
    };
    let head = query.git_ref.clone().unwrap_or_else(|| "HEAD".to_string());
    if !REF_PATTERN.is_match(&head) || head.contains("..") {
        return HttpResponse::BadRequest().body("invalid ref");
    }
    let _ = query.context;
    match diff_stat(&repo, "origin/main", &head) {
        Ok(stat) => HttpResponse::Ok().content_type("text/plain").body(stat),
        Err(_) => HttpResponse::InternalServerError().finish(),
    }
}