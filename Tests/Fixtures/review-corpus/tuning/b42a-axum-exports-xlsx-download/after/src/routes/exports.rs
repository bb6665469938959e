use axum::{
    extract::{Path, State},
    http::{header, StatusCode},
    response::IntoResponse,
    routing::get,
    Extension, Router,
};

use crate::{auth::CurrentUser, state::AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/exports/:file_name", get(download_export))
}

fn content_type_for(file_name: &str) -> Option<&'static str> {
    if file_name.ends_with(".csv") {
        Some("text/csv")
    } else if file_name.ends_with(".xlsx") {
        Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    } else {
        None
    }
}

async fn download_export(
    State(state): State<AppState>,
    Extension(user): Extension<CurrentUser>,
    Path(file_name): Path<String>,
) -> Result<impl IntoResponse, StatusCode> {
    // Exports are now written as <uuid>.csv or <uuid>.xlsx depending on the
    // format picked in the export dialog, so the client sends the full name.
    let content_type = content_type_for(&file_name).ok_or(StatusCode::NOT_FOUND)?;
    let tenant_dir = state.exports_dir.join(user.tenant_id.to_string());
    let path = tenant_dir.join(&file_name);

    let bytes = tokio::fs::read(&path).await.map_err(|err| {
        tracing::debug!(?path, %err, "export not found");
        StatusCode::NOT_FOUND
    })?;

    tracing::info!(tenant = %user.tenant_id, %file_name, "export downloaded");
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}\""),
            ),
        ],
        bytes,
    ))
}
