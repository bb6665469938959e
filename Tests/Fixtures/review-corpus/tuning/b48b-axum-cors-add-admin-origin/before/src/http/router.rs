use std::time::Duration;

use axum::{routing::get, Router};
use http::{header, HeaderValue, Method};
use tower_http::{cors::CorsLayer, trace::TraceLayer};

use crate::{handlers, AppState};

pub fn router(state: AppState) -> Router {
    let cors = CorsLayer::new()
        .allow_origin([HeaderValue::from_static("https://app.tallyhq.com")])
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION])
        .allow_credentials(true)
        .max_age(Duration::from_secs(600));

    Router::new()
        .route("/healthz", get(handlers::health))
        .route("/api/projects", get(handlers::projects::list).post(handlers::projects::create))
        .route("/api/projects/:id", get(handlers::projects::get).patch(handlers::projects::update))
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
