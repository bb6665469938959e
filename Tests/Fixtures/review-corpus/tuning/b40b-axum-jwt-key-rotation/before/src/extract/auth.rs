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
        decode::<Claims>(token, &app.jwt.current, &validation)
            .map(|data| Authenticated(data.claims))
            .map_err(|_| StatusCode::UNAUTHORIZED)
    }
}
