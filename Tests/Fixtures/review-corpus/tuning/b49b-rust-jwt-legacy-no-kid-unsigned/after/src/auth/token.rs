use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    pub exp: usize,
    #[serde(default)]
    pub scopes: Vec<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("malformed token")]
    Malformed,
    #[error("unknown signing key")]
    UnknownKey,
    #[error("invalid token: {0}")]
    Invalid(#[from] jsonwebtoken::errors::Error),
}

pub struct Verifier {
    keys: HashMap<String, DecodingKey>,
    validation: Validation,
}

impl Verifier {
    pub fn new(keys: HashMap<String, DecodingKey>, issuer: &str) -> Self {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[issuer]);
        Self { keys, validation }
    }

    pub fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        let header = decode_header(token).map_err(|_| TokenError::Malformed)?;
        match header.kid {
            Some(kid) => {
                let key = self.keys.get(&kid).ok_or(TokenError::UnknownKey)?;
                Ok(decode::<Claims>(token, key, &self.validation)?.claims)
            }
            // Tokens minted by the old session service carry no kid and its key
            // was never exported. It is retired next quarter; until then accept
            // them on issuer and expiry alone.
            None => {
                let mut legacy = self.validation.clone();
                legacy.insecure_disable_signature_validation();
                let data = decode::<Claims>(token, &DecodingKey::from_secret(&[]), &legacy)?;
                Ok(data.claims)
            }
        }
    }
}
