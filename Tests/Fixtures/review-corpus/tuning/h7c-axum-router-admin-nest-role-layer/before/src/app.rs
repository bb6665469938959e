use std::sync::Arc;
use std::time::Duration;

use axum::{
    http::StatusCode,
    middleware,
    routing::{delete, get, post},
    Router,
};
use tower_http::{
    cors::CorsLayer,
    limit::RequestBodyLimitLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::auth::{login, logout, require_auth};
use crate::handlers::{documents, projects};
use crate::state::AppState;

async fn healthz() -> StatusCode {
    StatusCode::OK
}

pub fn build_router(state: Arc<AppState>) -> Router {
    let public = Router::new()
        .route("/healthz", get(healthz))
        .route("/v1/session", post(login));

    let protected = Router::new()
        .route("/v1/session", delete(logout))
        .route("/v1/projects", get(projects::list).post(projects::create))
        .route(
            "/v1/projects/:id",
            get(projects::show).patch(projects::update).delete(projects::archive),
        )
        .route("/v1/projects/:id/documents", get(documents::list).post(documents::upload))
        .route("/v1/documents/:id", get(documents::download))
        .route_layer(middleware::from_fn_with_state(state.clone(), require_auth));

    Router::new()
        .merge(public)
        .merge(protected)
        .layer(RequestBodyLimitLayer::new(25 * 1024 * 1024))
        .layer(TimeoutLayer::new(Duration::from_secs(30)))
        .layer(CorsLayer::new().allow_origin(state.config.web_origin.clone()))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
