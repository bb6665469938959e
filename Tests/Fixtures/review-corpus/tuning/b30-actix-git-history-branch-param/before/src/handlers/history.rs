use std::path::PathBuf;
use std::process::Stdio;
use std::time::Duration;

use actix_web::{get, web, HttpResponse, Responder};
use serde::{Deserialize, Serialize};
use tokio::process::Command;
use tokio::time::timeout;

use crate::repos::RepoRegistry;

#[derive(Debug, Deserialize)]
pub struct HistoryQuery {
    limit: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct CommitEntry {
    sha: String,
    author: String,
    date: String,
    subject: String,
}

#[get("/repos/{slug}/history")]
pub async fn history(
    registry: web::Data<RepoRegistry>,
    slug: web::Path<String>,
    query: web::Query<HistoryQuery>,
) -> impl Responder {
    let Some(repo_dir) = registry.checkout_dir(&slug) else {
        return HttpResponse::NotFound().finish();
    };
    let limit = query.limit.unwrap_or(50).clamp(1, 500);

    match git_log(&repo_dir, "HEAD", limit).await {
        Ok(entries) => HttpResponse::Ok().json(entries),
        Err(e) => {
            log::warn!("git log failed for {}: {e}", slug.as_str());
            HttpResponse::InternalServerError().body("could not read history")
        }
    }
}

async fn git_log(repo_dir: &PathBuf, rev: &str, limit: u32) -> anyhow::Result<Vec<CommitEntry>> {
    let child = Command::new("git")
        .arg("-C")
        .arg(repo_dir)
        .args(["log", "--no-color", "--format=%H%x1f%an%x1f%aI%x1f%s"])
        .arg(format!("--max-count={limit}"))
        .arg(rev)
        .arg("--")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;

    let output = timeout(Duration::from_secs(10), child.wait_with_output()).await??;
    if !output.status.success() {
        anyhow::bail!("git exited with {}", output.status);
    }

    let text = String::from_utf8_lossy(&output.stdout);
    Ok(text
        .lines()
        .filter_map(|line| {
            let mut parts = line.splitn(4, '\u{1f}');
            Some(CommitEntry {
                sha: parts.next()?.to_string(),
                author: parts.next()?.to_string(),
                date: parts.next()?.to_string(),
                subject: parts.next()?.to_string(),
            })
        })
        .collect())
}