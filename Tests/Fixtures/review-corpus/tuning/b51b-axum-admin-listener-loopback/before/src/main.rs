use std::net::SocketAddr;

use anyhow::Result;
use tokio::net::TcpListener;
use tracing_subscriber::EnvFilter;

mod config;
mod routes;
mod state;

#[tokio::main]
async fn main() -> Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::from_default_env())
        .json()
        .init();

    let cfg = config::Config::load()?;
    let state = state::AppState::connect(&cfg).await?;

    let public = routes::public(state.clone());
    let addr = SocketAddr::from(([0, 0, 0, 0], cfg.port));
    let listener = TcpListener::bind(addr).await?;
    tracing::info!(%addr, "listening");

    axum::serve(listener, public).await?;
    Ok(())
}
