use std::collections::HashMap;
use std::future::{ready, Ready};

use actix_web::{dev::Payload, error::ErrorUnauthorized, web, Error, FromRequest, HttpRequest};
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    pub roles: Vec<String>,
    pub exp: usize,
}

pub struct AuthConfig {
    pub keys: HashMap<String, DecodingKey>,
    pub issuer: String,
}

pub struct AuthUser(pub Claims);

fn bearer(req: &HttpRequest) -> Option<&str> {
    req.headers()
        .get("Authorization")?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

fn verify(token: &str, cfg: &AuthConfig) -> Result<Claims, Error> {
    let header = decode_header(token).map_err(|_| ErrorUnauthorized("malformed token"))?;
    let kid = header.kid.ok_or_else(|| ErrorUnauthorized("missing kid"))?;
    let key = cfg.keys.get(&kid).ok_or_else(|| ErrorUnauthorized("unknown kid"))?;
    let mut validation = Validation::new(Algorithm::RS256);
    validation.set_issuer(&[&cfg.issuer]);
    decode::<Claims>(token, key, &validation)
        .map(|data| data.claims)
        .map_err(|_| ErrorUnauthorized("invalid token"))
}

impl FromRequest for AuthUser {
    type Error = Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let cfg = req
            .app_data::<web::Data<AuthConfig>>()
            .expect("AuthConfig not registered");
        let result = bearer(req)
            .ok_or_else(|| ErrorUnauthorized("missing bearer token"))
            .and_then(|t| verify(t, cfg));
        ready(result.map(AuthUser))
    }
}
