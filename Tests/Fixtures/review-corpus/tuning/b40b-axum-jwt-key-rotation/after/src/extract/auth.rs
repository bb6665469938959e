use axum::{
    async_trait,
    extract::{FromRef, FromRequestParts},
    http::{header::AUTHORIZATION, request::Parts, StatusCode},
};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: i64,
    pub scope: String,
    pub exp: u64,
}

#[derive(Clone)]
pub struct JwtKeys {
    pub current: DecodingKey,
    /// Set only while a rotation is in progress (PREVIOUS_JWT_PUBLIC_KEY).
    pub previous: Option<DecodingKey>,
}

pub struct Authenticated(pub Claims);

#[async_trait]
impl<S> FromRequestParts<S> for Authenticated
where
    S: Send + Sync,
    AppState: FromRef<S>,
{
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let app = AppState::from_ref(state);
        let token = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .ok_or(StatusCode::UNAUTHORIZED)?;

        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.set_audience(&["files-api"]);
        validation.leeway = 30;

        // During a key rotation, tokens signed with the previous key stay valid until
        // they expire. Both keys go through the same verification; there is no
        // unverified fallback.
        let keys = std::iter::once(&app.jwt.current).chain(app.jwt.previous.as_ref());
        for key in keys {
            if let Ok(data) = decode::<Claims>(token, key, &validation) {
                return Ok(Authenticated(data.claims));
            }
        }
        Err(StatusCode::UNAUTHORIZED)
    }
}
