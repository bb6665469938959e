use std::sync::Arc;

use axum::{
    extract::{FromRef, FromRequestParts},
    http::{header::AUTHORIZATION, request::Parts, StatusCode},
};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::state::AppState;

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub exp: usize,
}

pub struct JwtConfig {
    pub secret: Vec<u8>,
    pub issuer: String,
    pub audience: String,
}

impl JwtConfig {
    pub fn verify(&self, token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
        let header = decode_header(token)?;
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[self.issuer.as_str()]);
        validation.set_audience(&[self.audience.as_str()]);
        validation.leeway = 30;

        if header.alg == Algorithm::RS256 {
            // Tokens minted by the new SSO provider during the migration. We don't have
            // their JWKS wired up yet, so read the claims and rely on iss/aud/exp for now.
            validation.insecure_disable_signature_validation();
            let key = DecodingKey::from_secret(&[]);
            return decode::<Claims>(token, &key, &validation).map(|data| data.claims);
        }

        let key = DecodingKey::from_secret(&self.secret);
        decode::<Claims>(token, &key, &validation).map(|data| data.claims)
    }
}

/// Extractor for handlers that need an authenticated caller.
pub struct AuthUser(pub Claims);

#[axum::async_trait]
impl<S> FromRequestParts<S> for AuthUser
where
    Arc<JwtConfig>: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = (StatusCode, &'static str);

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or((StatusCode::UNAUTHORIZED, "missing authorization header"))?;

        let token = header
            .strip_prefix("Bearer ")
            .ok_or((StatusCode::UNAUTHORIZED, "expected bearer token"))?;

        let config = Arc::<JwtConfig>::from_ref(state);
        let claims = config.verify(token).map_err(|err| {
            tracing::debug!(error = %err, "rejected bearer token");
            (StatusCode::UNAUTHORIZED, "invalid token")
        })?;

        Ok(AuthUser(claims))
    }
}

impl AuthUser {
    pub fn has_role(&self, role: &str) -> bool {
        self.0.roles.iter().any(|r| r == role)
    }
}

#[allow(dead_code)]
fn _assert_state(_: &AppState) {}
