use axum::{
    body::Body,
    extract::Path,
    http::{header, StatusCode},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};

const UPLOAD_DIR: &str = "/var/lib/berth-demo/uploads";

pub fn routes() -> Router {
    Router::new().route("/files/:name", get(download))
}

/// Streams a previously uploaded attachment back to the browser.
async fn download(Path(name): Path<String>) -> Response {
    let full = format!("{}/{}", UPLOAD_DIR, name);
    match tokio::fs::read(&full).await {
        Ok(bytes) => {
            let mime = mime_guess::from_path(&full).first_or_octet_stream();
            (
                StatusCode::OK,
                [
                    (header::CONTENT_TYPE, mime.to_string()),
                    (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{}\"", name)),
                ],
                Body::from(bytes),
            )
                .into_response()
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}