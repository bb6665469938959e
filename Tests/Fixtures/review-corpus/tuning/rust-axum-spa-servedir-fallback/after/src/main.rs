use std::net::SocketAddr;

use axum::{routing::get, Router};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::TraceLayer;
use tracing_subscriber::EnvFilter;

mod api;
mod config;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .init();

    let cfg = config::Config::from_env()?;
    let state = api::AppState::connect(&cfg).await?;

    // Serve the built frontend; unknown paths fall back to index.html for client-side routing.
    let spa = ServeDir::new(&cfg.static_dir)
        .precompressed_gzip()
        .not_found_service(ServeFile::new(cfg.static_dir.join("index.html")));

    let app = Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .nest("/api", api::router())
        .with_state(state)
        .fallback_service(spa)
        .layer(TraceLayer::new_for_http());

    let addr = SocketAddr::from(([0, 0, 0, 0], cfg.port));
    tracing::info!(%addr, "listening");
    let listener = tokio::net::TcpListener::bind(addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}
