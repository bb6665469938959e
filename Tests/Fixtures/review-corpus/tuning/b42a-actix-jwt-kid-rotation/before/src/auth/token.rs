use actix_web::{dev::Payload, error::ErrorUnauthorized, web, Error, FromRequest, HttpRequest};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
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

pub fn verify(token: &str, cfg: &AuthConfig) -> Result<Claims, jsonwebtoken::errors::Error> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&[cfg.issuer.as_str()]);
    validation.set_audience(&["api"]);
    let key = DecodingKey::from_secret(cfg.signing_secret.as_bytes());
    decode::<Claims>(token, &key, &validation).map(|data| data.claims)
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
