use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Stdio;
use std::sync::OnceLock;
use std::time::Duration;

use actix_web::{get, http::header, web, HttpResponse, Responder};
use regex::Regex;
use serde::Deserialize;
use tokio::process::Command;
use tokio::time::timeout;

use crate::auth::RequireScope;

/// Repositories customers may download source snapshots of, keyed by public slug.
pub struct ExportConfig {
    pub repos: HashMap<String, PathBuf>,
}

#[derive(Deserialize)]
pub struct ExportPath {
    repo: String,
    rev: String,
}

fn rev_pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        // either an abbreviated/full commit hash or a release tag like v2.14.0
        Regex::new(r"^(?:[0-9a-f]{7,40}|v\d{1,3}\.\d{1,3}\.\d{1,3})$").unwrap()
    })
}

#[get("/repos/{repo}/archive/{rev}.tar.gz")]
pub async fn export_archive(
    _scope: RequireScope<"source:read">,
    path: web::Path<ExportPath>,
    cfg: web::Data<ExportConfig>,
) -> impl Responder {
    let ExportPath { repo, rev } = path.into_inner();

    let Some(repo_dir) = cfg.repos.get(&repo) else {
        return HttpResponse::NotFound().finish();
    };
    if !rev_pattern().is_match(&rev) {
        return HttpResponse::BadRequest().body("rev must be a commit hash or a release tag");
    }

    let prefix = format!("--prefix={repo}-{rev}/");
    let child = Command::new("git")
        .arg("-C")
        .arg(repo_dir)
        .args(["archive", "--format=tar.gz"])
        .arg(&prefix)
        .arg(&rev)
        .arg("--")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn();

    let child = match child {
        Ok(c) => c,
        Err(err) => {
            log::error!("failed to spawn git: {err}");
            return HttpResponse::InternalServerError().finish();
        }
    };

    let output = match timeout(Duration::from_secs(30), child.wait_with_output()).await {
        Ok(Ok(out)) => out,
        Ok(Err(err)) => {
            log::error!("git archive failed: {err}");
            return HttpResponse::InternalServerError().finish();
        }
        Err(_) => return HttpResponse::GatewayTimeout().finish(),
    };

    if !output.status.success() {
        log::info!(
            "git archive {repo}@{rev} exited {}: {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        return HttpResponse::NotFound().body("unknown revision");
    }

    HttpResponse::Ok()
        .content_type("application/gzip")
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{repo}-{rev}.tar.gz\""),
        ))
        .body(output.stdout)
}