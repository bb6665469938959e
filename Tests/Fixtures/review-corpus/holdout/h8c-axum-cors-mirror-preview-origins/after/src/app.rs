use std::time::Duration;

use axum::{routing::get, Router};
use http::{header, Method};
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    trace::TraceLayer,
};

use crate::{handlers, state::AppState};

pub fn router(state: AppState) -> Router {
    let cors = CorsLayer::new()
        // Preview deploys get a random subdomain each, so a fixed list kept
        // breaking them; echo the caller's origin back instead.
        .allow_origin(AllowOrigin::mirror_request())
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
