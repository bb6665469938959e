use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::auth::jwks::JwksCache;
use crate::error::AuthError;

#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    pub scope: String,
    pub exp: usize,
}

pub struct Verifier {
    jwks: JwksCache,
    issuer: String,
    audience: String,
}

impl Verifier {
    pub async fn verify(&self, token: &str) -> Result<Claims, AuthError> {
        let header = decode_header(token).map_err(|_| AuthError::Malformed)?;
        let kid = header.kid.ok_or(AuthError::Malformed)?;
        let jwk = self.jwks.get(&kid).await.ok_or(AuthError::UnknownKey)?;
        let key = DecodingKey::from_jwk(&jwk).map_err(|_| AuthError::UnknownKey)?;

        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[&self.issuer]);
        validation.set_audience(&[&self.audience]);

        let data = decode::<Claims>(token, &key, &validation).map_err(|_| AuthError::Invalid)?;
        Ok(data.claims)
    }
}
