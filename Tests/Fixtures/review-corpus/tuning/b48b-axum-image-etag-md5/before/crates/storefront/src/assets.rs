use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, StatusCode},
    response::Response,
};

use crate::AppState;

/// Serves the primary product image straight from the catalog store.
pub async fn product_image(
    State(state): State<AppState>,
    Path(product_id): Path<i64>,
) -> Result<Response, StatusCode> {
    let img = state
        .catalog
        .primary_image(product_id)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .ok_or(StatusCode::NOT_FOUND)?;

    Response::builder()
        .header(header::CONTENT_TYPE, img.mime.as_str())
        .header(header::CACHE_CONTROL, "public, max-age=300")
        .body(Body::from(img.bytes))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
