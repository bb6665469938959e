use std::time::Duration;

use axum::{routing::get, Router};
use http::{header, Method};
use tower_http::{cors::CorsLayer, trace::TraceLayer};

use crate::{handlers, state::AppState};

pub fn router(state: AppState) -> Router {
    let cors = CorsLayer::new()
        .allow_origin(
            state
                .config
                .allowed_origins
                .iter()
                .map(|o| o.parse().expect("valid origin in config"))
                .collect::<Vec<_>>(),
        )
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
        .allow_credentials(true)
        .max_age(Duration::from_secs(600));

    Router::new()
        .route("/api/me", get(handlers::me))
        .route("/api/projects", get(handlers::list_projects).post(handlers::create_project))
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
