use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::Response,
    routing::get,
    Extension, Router,
};
use std::path::{Path as FsPath, PathBuf};

use crate::{auth::Tenant, AppState};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/reports/:report_id/pdf", get(report_pdf))
        // Scheduled reports land in <root>/<tenant>/<yyyy>/<mm>/<name>.pdf
        .route("/reports/archive/*rel", get(archived_report))
}

async fn report_pdf(
    State(st): State<AppState>,
    Extension(tenant): Extension<Tenant>,
    Path(report_id): Path<i64>,
) -> Result<Response, StatusCode> {
    let row = st
        .db
        .report_for_tenant(tenant.id, report_id)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    let path: PathBuf = st.reports_root.join(&row.storage_key);
    send_pdf(&path).await
}

async fn archived_report(
    State(st): State<AppState>,
    Extension(tenant): Extension<Tenant>,
    Path(rel): Path<String>,
) -> Result<Response, StatusCode> {
    let tenant_root = st.reports_root.join("archive").join(tenant.id.to_string());
    let path = resolve_under(&tenant_root, &rel).await?;
    tracing::info!(tenant = %tenant.id, %rel, "archived report requested");
    send_pdf(&path).await
}

async fn resolve_under(root: &FsPath, rel: &str) -> Result<PathBuf, StatusCode> {
    let root = tokio::fs::canonicalize(root).await.map_err(|_| StatusCode::NOT_FOUND)?;
    let candidate = tokio::fs::canonicalize(root.join(rel))
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;
    if !candidate.starts_with(&root) || candidate.extension().map_or(true, |e| e != "pdf") {
        tracing::warn!(?candidate, "archive path outside tenant root");
        return Err(StatusCode::NOT_FOUND);
    }
    Ok(candidate)
}

async fn send_pdf(path: &FsPath) -> Result<Response, StatusCode> {
    let bytes = tokio::fs::read(path).await.map_err(|e| {
        tracing::error!(?path, error = %e, "report file missing");
        StatusCode::NOT_FOUND
    })?;
    Response::builder()
        .header(header::CONTENT_TYPE, "application/pdf")
        .body(Body::from(bytes))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
