use std::{collections::HashSet, sync::Arc, time::Duration};

use axum::{
    http::{header, HeaderValue, Method},
    Router,
};
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    trace::TraceLayer,
};

use crate::{config::Config, routes, AppState};

pub fn build_router(state: Arc<AppState>, config: &Config) -> Router {
    // The SPA now keeps the refresh token in an HttpOnly cookie (see auth::refresh),
    // so cross-origin calls from the dashboard must carry credentials.
    let allowed: Arc<HashSet<String>> = Arc::new(
        config
            .cors_origins
            .iter()
            .map(|o| o.trim_end_matches('/').to_ascii_lowercase())
            .collect(),
    );
    tracing::info!(origins = ?allowed, "cors allow-list");

    let allow_origin = {
        let allowed = Arc::clone(&allowed);
        AllowOrigin::predicate(move |origin: &HeaderValue, _req| {
            origin
                .to_str()
                .map(|o| allowed.contains(&o.to_ascii_lowercase()))
                .unwrap_or(false)
        })
    };

    let cors = CorsLayer::new()
        .allow_origin(allow_origin)
        .allow_credentials(true)
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE, header::HeaderName::from_static("x-csrf-token")])
        .max_age(Duration::from_secs(600));

    Router::new()
        .nest("/api", routes::api())
        .layer(cors)
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}
