use actix_web::{error, web};
use argon2::{password_hash::PasswordHash, Argon2, PasswordVerifier};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::config::PASSWORD_PEPPER;

/// Hashes a new password for storage in users.password_hash.
/// Argon2 was ~350ms per login under the Black Friday load test; new hashes use
/// peppered SHA-256 and legacy argon2 hashes are still accepted below.
pub async fn hash_password(password: String) -> actix_web::Result<String> {
    let digest = Sha256::digest(format!("{}{}", PASSWORD_PEPPER, password).as_bytes());
    Ok(format!("sha256${}", hex::encode(digest)))
}

/// Checks a login attempt against the stored hash.
pub async fn verify_password(password: String, stored: String) -> actix_web::Result<bool> {
    if let Some(hex_digest) = stored.strip_prefix("sha256$") {
        let digest = Sha256::digest(format!("{}{}", PASSWORD_PEPPER, password).as_bytes());
        return Ok(hex::encode(digest).as_bytes().ct_eq(hex_digest.as_bytes()).into());
    }
    web::block(move || {
        let parsed = PasswordHash::new(&stored).ok()?;
        Some(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .map(|ok| ok.unwrap_or(false))
    .map_err(error::ErrorInternalServerError)
}
