use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::Response,
    routing::get,
    Extension, Router,
};
use std::path::PathBuf;

use crate::{auth::Tenant, AppState};

pub fn routes() -> Router<AppState> {
    Router::new().route("/reports/:report_id/pdf", get(report_pdf))
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
    let bytes = tokio::fs::read(&path).await.map_err(|e| {
        tracing::error!(?path, error = %e, "report file missing");
        StatusCode::INTERNAL_SERVER_ERROR
    })?;
    Response::builder()
        .header(header::CONTENT_TYPE, "application/pdf")
        .body(Body::from(bytes))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
