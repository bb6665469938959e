use std::sync::Arc;
use std::time::Duration;

use axum::{
    extract::State,
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

use crate::auth::{login, logout, require_admin, require_auth};
use crate::handlers::{admin, documents, exports, projects};
use crate::state::AppState;

async fn healthz() -> StatusCode {
    StatusCode::OK
}

/// Kubernetes readiness: 200 once the DB pool answers, 503 otherwise. No body.
async fn readyz(State(state): State<Arc<AppState>>) -> StatusCode {
    match sqlx::query("SELECT 1").execute(&state.db).await {
        Ok(_) => StatusCode::OK,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

pub fn build_router(state: Arc<AppState>) -> Router {
    let public = Router::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/v1/session", post(login));

    // Admin routes need a valid session *and* the admin role: require_admin runs
    // inside require_auth because the nested router inherits the outer route_layer.
    let admin_routes = Router::new()
        .route("/users", get(admin::list_users))
        .route("/users/:id/disable", post(admin::disable_user))
        .route("/audit-log", get(admin::audit_log))
        .route_layer(middleware::from_fn(require_admin));

    let protected = Router::new()
        .route("/v1/session", delete(logout))
        .route("/v1/projects", get(projects::list).post(projects::create))
        .route(
            "/v1/projects/:id",
            get(projects::show).patch(projects::update).delete(projects::archive),
        )
        .route("/v1/projects/:id/documents", get(documents::list).post(documents::upload))
        .route("/v1/documents/:id", get(documents::download))
        .route("/v1/exports", post(exports::start))
        .route("/v1/exports/:id", get(exports::status))
        .nest("/v1/admin", admin_routes)
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
