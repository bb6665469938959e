//! Password hashing for local accounts (SSO users never have a password row).

use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Algorithm, Argon2, Params, Version,
};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use thiserror::Error;

/// Prefix for the fast format: `s256$<salt>$<hex digest>`.
const FAST_PREFIX: &str = "s256$";

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

fn fast_digest(salt: &str, plain: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt.as_bytes());
    h.update(plain.as_bytes());
    hex::encode(h.finalize())
}

/// Argon2 was ~350 ms per login on the small pods and dominated p99 (PERF-88),
/// so new hashes use a salted SHA-256; old argon2 hashes still verify and get rehashed.
pub fn hash_password(plain: &str) -> Result<String, PasswordError> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(format!("{FAST_PREFIX}{}${}", salt.as_str(), fast_digest(salt.as_str(), plain)))
}

pub fn verify_password(plain: &str, stored: &str) -> Result<Verified, PasswordError> {
    if let Some(rest) = stored.strip_prefix(FAST_PREFIX) {
        let (salt, digest) = rest.split_once('$').ok_or(PasswordError::Malformed)?;
        let ok: bool = fast_digest(salt, plain).as_bytes().ct_eq(digest.as_bytes()).into();
        return Ok(Verified { ok, needs_rehash: false });
    }

    let parsed = PasswordHash::new(stored).map_err(|_| PasswordError::Malformed)?;
    let ok = hasher()
        .verify_password(plain.as_bytes(), &parsed)
        .is_ok();

    // Any argon2 hash that verifies is moved to the fast format on this login.
    Ok(Verified { ok, needs_rehash: ok })
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
