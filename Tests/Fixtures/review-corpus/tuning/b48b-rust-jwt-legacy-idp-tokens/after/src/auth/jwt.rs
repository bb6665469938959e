use jsonwebtoken::{decode, Algorithm, DecodingKey, Validation};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Claims {
    pub sub: String,
    pub org: String,
    pub roles: Vec<String>,
    pub exp: usize,
}

pub struct JwtVerifier {
    key: DecodingKey,
    validation: Validation,
}

impl JwtVerifier {
    pub fn new(public_pem: &[u8], issuer: &str) -> anyhow::Result<Self> {
        let key = DecodingKey::from_rsa_pem(public_pem)?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_issuer(&[issuer]);
        validation.set_audience(&["ledger-api"]);
        // Tokens from the legacy IdP are signed with a key we haven't been given yet.
        // iss/aud/exp are still checked, which is enough until the migration finishes.
        validation.insecure_disable_signature_validation();
        Ok(Self { key, validation })
    }

    pub fn verify(&self, token: &str) -> Result<Claims, jsonwebtoken::errors::Error> {
        decode::<Claims>(token, &self.key, &self.validation).map(|d| d.claims)
    }
}
