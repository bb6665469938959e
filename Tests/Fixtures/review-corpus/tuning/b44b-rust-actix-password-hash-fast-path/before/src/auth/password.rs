use actix_web::{error, web};
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};

/// Hashes a new password for storage in users.password_hash.
pub async fn hash_password(password: String) -> actix_web::Result<String> {
    web::block(move || {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
    })
    .await?
    .map_err(error::ErrorInternalServerError)
}

/// Checks a login attempt against the stored PHC string.
pub async fn verify_password(password: String, stored: String) -> actix_web::Result<bool> {
    web::block(move || {
        let parsed = PasswordHash::new(&stored).ok()?;
        Some(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
    })
    .await
    .map(|ok| ok.unwrap_or(false))
    .map_err(error::ErrorInternalServerError)
}
