use jsonwebtoken::{decode, Algorithm, DecodingKey, TokenData, Validation};
use serde::Deserialize;

use crate::config::AuthConfig;

#[derive(Debug, Clone, Deserialize)]
pub struct AccessClaims {
    pub sub: String,
    pub tenant: String,
    pub exp: u64,
    pub scope: String,
}

pub struct AccessVerifier {
    key: DecodingKey,
    validation: Validation,
}

impl AccessVerifier {
    pub fn from_config(cfg: &AuthConfig) -> anyhow::Result<Self> {
        let key = DecodingKey::from_rsa_pem(cfg.public_key_pem.as_bytes())?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[cfg.issuer.as_str()]);
        Ok(Self { key, validation })
    }

    pub fn verify(&self, bearer: &str) -> Result<TokenData<AccessClaims>, jsonwebtoken::errors::Error> {
        decode::<AccessClaims>(bearer, &self.key, &self.validation)
    }
}
