//! Password hashing for local accounts (SSO users never have a password row).

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use thiserror::Error;

#[derive(Debug, Error)]
pub enum PasswordError {
    #[error("password hashing failed")]
    Hash,
    #[error("stored hash is malformed")]
    Malformed,
}

/// Outcome of a verification; `needs_rehash` is set when the stored hash
/// uses weaker parameters than we use today.
#[derive(Debug, PartialEq, Eq)]
pub struct Verified {
    pub ok: bool,
    pub needs_rehash: bool,
}

fn hasher() -> Argon2<'static> {
    // 19 MiB, 2 iterations, 1 lane: OWASP's current minimum for argon2id.
    let params = Params::new(19 * 1024, 2, 1, None).expect("static params are valid");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

pub fn hash_password(plain: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut OsRng);
    hasher()
        .hash_password(plain.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| PasswordError::Hash)
}

pub fn verify_password(plain: &str, stored: &str) -> Result<Verified, PasswordError> {
    let parsed = PasswordHash::new(stored).map_err(|_| PasswordError::Malformed)?;
    let ok = hasher()
        .verify_password(plain.as_bytes(), &parsed)
        .is_ok();

    let current = hasher();
    let needs_rehash = ok
        && (parsed.algorithm != Algorithm::Argon2id.ident()
            || Params::try_from(&parsed).map(|p| &p != current.params()).unwrap_or(true));

    Ok(Verified { ok, needs_rehash })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let h = hash_password("correct horse").unwrap();
        assert!(verify_password("correct horse", &h).unwrap().ok);
        assert!(!verify_password("wrong horse", &h).unwrap().ok);
    }
}
