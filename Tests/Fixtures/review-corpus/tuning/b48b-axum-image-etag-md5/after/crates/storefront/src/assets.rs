use axum::{
    body::Body,
    extract::{Path, State},
    http::{header, HeaderMap, StatusCode},
    response::Response,
};

use crate::AppState;

/// Serves the primary product image straight from the catalog store.
pub async fn product_image(
    State(state): State<AppState>,
    Path(product_id): Path<i64>,
    headers: HeaderMap,
) -> Result<Response, StatusCode> {
    let img = state
        .catalog
        .primary_image(product_id)
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
        .ok_or(StatusCode::NOT_FOUND)?;

    // Content hash as a strong validator so CDNs and browsers can revalidate with a 304.
    let etag = format!("\"{:x}\"", md5::compute(&img.bytes));
    if headers
        .get(header::IF_NONE_MATCH)
        .is_some_and(|v| v.as_bytes() == etag.as_bytes())
    {
        return Response::builder()
            .status(StatusCode::NOT_MODIFIED)
            .header(header::ETAG, &etag)
            .body(Body::empty())
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR);
    }

    Response::builder()
        .header(header::CONTENT_TYPE, img.mime.as_str())
        .header(header::CACHE_CONTROL, "public, max-age=300")
        .header(header::ETAG, &etag)
        .body(Body::from(img.bytes))
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
