use axum::{
    extract::{Path, Query, State},
    http::StatusCode,
    Json,
};
use serde::{Deserialize, Serialize};
use std::process::Command;

use crate::AppState;

#[derive(Deserialize)]
pub struct HistoryParams {
    pub limit: Option<u32>,
}

#[derive(Serialize)]
pub struct HistoryResponse {
    pub lines: Vec<String>,
}

fn git_log(repo_dir: &str, rev: &str, limit: u32) -> std::io::Result<Vec<String>> {
    let cmd = format!("cd {} && git log --oneline -n {} {}", repo_dir, limit, rev);
    let out = Command::new("sh").arg("-c").arg(cmd).output()?;
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| l.to_string())
        .collect())
}

pub async fn history(
    State(state): State<AppState>,
    Path(project): Path<i64>,
    Query(params): Query<HistoryParams>,
) -> Result<Json<HistoryResponse>, StatusCode> {
    let repo = state
        .projects
        .repo_dir(project)
        .await
        .ok_or(StatusCode::NOT_FOUND)?;
    let limit = params.limit.unwrap_or(20).min(200);
    let lines = git_log(&repo, "HEAD", limit).map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    Ok(Json(HistoryResponse { lines }))
}