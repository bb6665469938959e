use std::{sync::Arc, time::Duration};

use axum::{http::Method, Router};
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    trace::TraceLayer,
};

use crate::{config::Config, routes, AppState};

pub fn build_router(state: Arc<AppState>, config: &Config) -> Router {
    // Until now the SPA sent the access token in the Authorization header, so
    // CORS did not need credentials.
    let origins: Vec<_> = config
        .cors_origins
        .iter()
        .filter_map(|o| o.parse().ok())
        .collect();

    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([
            axum::http::header::AUTHORIZATION,
            axum::http::header::CONTENT_TYPE,
        ])
        .max_age(Duration::from_secs(600));

    Router::new()
        .nest("/api", routes::api())
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
