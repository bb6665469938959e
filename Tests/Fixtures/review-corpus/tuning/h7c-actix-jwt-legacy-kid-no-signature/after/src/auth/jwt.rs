use std::future::{ready, Ready};
use std::sync::Arc;

use actix_web::{dev::Payload, error::ErrorUnauthorized, web, Error, FromRequest, HttpRequest};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::auth::jwks::KeySet;

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub tenant: String,
    #[serde(default)]
    pub roles: Vec<String>,
    pub exp: usize,
}

pub struct AuthConfig {
    pub issuer: String,
    pub audience: String,
    pub keys: KeySet,
}

/// Extractor: `async fn handler(user: AuthUser) -> ...`
#[derive(Debug, Clone)]
pub struct AuthUser(pub Claims);

fn bearer(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get(actix_web::http::header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

/// Tokens from the old Keycloak realm have no `kid` and are signed with a key we
/// no longer have a copy of. They expire for good after the migration window, so
/// until then we only check iss/aud/exp on them.
fn validate_legacy(token: &str, cfg: &AuthConfig) -> Result<Claims, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::RS256);
    validation.insecure_disable_signature_validation();
    validation.set_issuer(&[cfg.issuer.as_str()]);
    validation.set_audience(&[cfg.audience.as_str()]);
    Ok(decode::<Claims>(token, &DecodingKey::from_secret(&[]), &validation)?.claims)
}

fn validate(token: &str, cfg: &AuthConfig) -> Result<Claims, jsonwebtoken::errors::Error> {
    let header = decode_header(token)?;
    let Some(kid) = header.kid else {
        return validate_legacy(token, cfg);
    };
    let key: &DecodingKey = cfg
        .keys
        .get(&kid)
        .ok_or(jsonwebtoken::errors::ErrorKind::InvalidKeyFormat)?;

    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[cfg.issuer.as_str()]);
    validation.set_audience(&[cfg.audience.as_str()]);
    validation.leeway = 30;

    Ok(decode::<Claims>(token, key, &validation)?.claims)
}

impl FromRequest for AuthUser {
    type Error = Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let Some(cfg) = req.app_data::<web::Data<Arc<AuthConfig>>>() else {
            return ready(Err(ErrorUnauthorized("auth not configured")));
        };
        let Some(token) = bearer(req) else {
            return ready(Err(ErrorUnauthorized("missing bearer token")));
        };
        ready(
            validate(token, cfg)
                .map(AuthUser)
                .map_err(|e| {
                    tracing::debug!(error = %e, "rejected token");
                    ErrorUnauthorized("invalid token")
                }),
        )
    }
}
