use std::sync::Arc;

use axum::{
    body::Body,
    extract::State,
    http::{header, Request, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use uuid::Uuid;

use crate::state::AppState;

#[derive(Debug, Clone)]
pub struct CurrentUser {
    pub id: Uuid,
    pub org_id: Uuid,
    pub roles: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Claims {
    sub: Uuid,
    org: Uuid,
    #[serde(default)]
    roles: Vec<String>,
}

pub struct AuthKeys {
    pub decoding: DecodingKey,
    pub validation: Validation,
}

impl AuthKeys {
    pub fn from_secret(secret: &[u8], issuer: &str) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[issuer]);
        validation.set_required_spec_claims(&["exp", "iss", "sub"]);
        Self {
            decoding: DecodingKey::from_secret(secret),
            validation,
        }
    }
}

fn unauthorized() -> Response {
    (StatusCode::UNAUTHORIZED, "unauthorized").into_response()
}

/// Axum middleware: every route under the `/api` router requires a valid bearer token.
pub async fn require_user(
    State(state): State<Arc<AppState>>,
    mut req: Request<Body>,
    next: Next,
) -> Response {
    let token = match req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        Some(t) => t.to_owned(),
        None => return unauthorized(),
    };

    let claims = match decode::<Claims>(&token, &state.auth.decoding, &state.auth.validation) {
        Ok(data) => data.claims,
        Err(err) => {
            tracing::debug!(error = %err, "rejected bearer token");
            return unauthorized();
        }
    };

    req.extensions_mut().insert(CurrentUser {
        id: claims.sub,
        org_id: claims.org,
        roles: claims.roles,
    });
    next.run(req).await
}
