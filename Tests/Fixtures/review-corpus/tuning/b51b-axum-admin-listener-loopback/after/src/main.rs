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

    // Operational endpoints (cache flush, log level, pprof) are reachable only
    // from inside the pod, e.g. via kubectl port-forward, never through the Service.
    let admin = routes::admin(state.clone());
    let admin_addr = SocketAddr::from(([127, 0, 0, 1], cfg.admin_port));
    let admin_listener = TcpListener::bind(admin_addr).await?;
    tracing::info!(%admin_addr, "admin listening");

    tokio::try_join!(
        async { axum::serve(listener, public).await },
        async { axum::serve(admin_listener, admin).await },
    )?;
    Ok(())
}
