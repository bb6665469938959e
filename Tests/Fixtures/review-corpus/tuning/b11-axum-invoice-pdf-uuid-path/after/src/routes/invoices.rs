use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use uuid::Uuid;

use crate::{auth::CurrentUser, AppState};

pub fn router() -> Router<AppState> {
    Router::new().route("/invoices/:id/pdf", get(download_pdf))
}

async fn download_pdf(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<Uuid>,
) -> Result<Response, StatusCode> {
    let owned = sqlx::query_scalar!(
        "SELECT EXISTS(SELECT 1 FROM invoices WHERE id = $1 AND account_id = $2)",
        id,
        user.account_id
    )
    .fetch_one(&state.db)
    .await
    .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
    .unwrap_or(false);
    if !owned {
        return Err(StatusCode::NOT_FOUND);
    }

    let path = state.invoice_dir.join(format!("{id}.pdf"));
    let bytes = tokio::fs::read(&path)
        .await
        .map_err(|_| StatusCode::NOT_FOUND)?;

    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_string()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"invoice-{id}.pdf\""),
            ),
        ],
        Body::from(bytes),
    )
        .into_response())
}