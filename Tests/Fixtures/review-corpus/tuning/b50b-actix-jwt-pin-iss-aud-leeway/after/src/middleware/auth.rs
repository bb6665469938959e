use actix_web::{dev::Payload, error::ErrorUnauthorized, web, FromRequest, HttpRequest};
use futures_util::future::{ready, Ready};
use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::config::AuthConfig;

#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: u64,
}

pub struct AuthUser(pub Claims);

impl FromRequest for AuthUser {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let cfg = req.app_data::<web::Data<AuthConfig>>().expect("AuthConfig registered");
        let token = req
            .headers()
            .get("Authorization")
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "));
        let Some(token) = token else {
            return ready(Err(ErrorUnauthorized("missing bearer token")));
        };

        let mut validation = Validation::new(Algorithm::HS256);
        // The mobile gateway mints tokens for both this API and the partner API; pin both
        // claims so a token for one audience can't be replayed against the other.
        validation.set_issuer(&[cfg.issuer.as_str()]);
        validation.set_audience(&[cfg.audience.as_str()]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        // Phones with skewed clocks were rejected right after a refresh.
        validation.leeway = 30;

        let key = DecodingKey::from_secret(cfg.jwt_secret.as_bytes());
        ready(
            decode::<Claims>(token, &key, &validation)
                .map(|data| AuthUser(data.claims))
                .map_err(|_| ErrorUnauthorized("invalid token")),
        )
    }
}
