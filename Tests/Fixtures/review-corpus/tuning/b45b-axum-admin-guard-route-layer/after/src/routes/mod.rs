mod account;
mod admin;
mod health;

use axum::{
    middleware,
    routing::{get, post},
    Router,
};

use crate::{auth, state::AppState};

pub fn router(state: AppState) -> Router {
    // route_layer must come after the routes it protects; unmatched paths
    // now 404 instead of 401.
    let admin = Router::new()
        .route("/users", get(admin::list_users))
        .route("/users/:id/suspend", post(admin::suspend_user))
        .route("/audit-log", get(admin::audit_log))
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_admin));

    let account = Router::new()
        .route("/me", get(account::me))
        .route("/me/sessions", get(account::sessions))
        .route_layer(middleware::from_fn_with_state(state.clone(), auth::require_user));

    Router::new()
        .route("/healthz", get(health::live))
        .nest("/admin", admin)
        .nest("/account", account)
        .with_state(state)
}
