use std::collections::HashMap;

use jsonwebtoken::{decode, decode_header, jwk::JwkSet, Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use crate::error::AuthError;

#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub exp: usize,
    pub scope: Option<String>,
}

pub struct Verifier {
    keys: HashMap<String, DecodingKey>,
    validation: Validation,
}

impl Verifier {
    /// Builds a verifier from the identity provider's JWKS so signing keys can rotate.
    pub fn from_jwks(jwks: &JwkSet, issuer: &str, audience: &str) -> Result<Self, AuthError> {
        let mut keys = HashMap::new();
        for jwk in &jwks.keys {
            if let Some(kid) = &jwk.common.key_id {
                keys.insert(kid.clone(), DecodingKey::from_jwk(jwk)?);
            }
        }
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&[audience]);
        validation.leeway = 30;
        Ok(Self { keys, validation })
    }

    pub fn verify(&self, token: &str) -> Result<Claims, AuthError> {
        // The header is unauthenticated; it only selects which trusted key to try.
        let header = decode_header(token)?;
        let kid = header.kid.ok_or(AuthError::MissingKid)?;
        let key = self.keys.get(&kid).ok_or(AuthError::UnknownKid)?;
        let data = decode::<Claims>(token, key, &self.validation)?;
        Ok(data.claims)
    }
}
