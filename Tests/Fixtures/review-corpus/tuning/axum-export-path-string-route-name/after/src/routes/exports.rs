use axum::{extract::Path, http::StatusCode, routing::get, Router};

pub fn router() -> Router {
    Router::new().route("/exports/:name", get(download))
}

async fn download(Path(name): Path<String>) -> Result<Vec<u8>, StatusCode> {
    let path = std::path::Path::new("/var/exports").join(format!("{name}.csv"));
    tokio::fs::read(&path).await.map_err(|_| StatusCode::NOT_FOUND)
}
