use actix_web::{post, web, HttpResponse, Responder};
use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use serde::Deserialize;
use sqlx::PgPool;

use crate::errors::ApiError;
use crate::session::issue_session;

#[derive(Deserialize)]
pub struct Credentials {
    email: String,
    password: String,
}

fn hash_password(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| ApiError::Internal)
}

fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|parsed| Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

#[post("/signup")]
pub async fn signup(pool: web::Data<PgPool>, body: web::Json<Credentials>) -> Result<impl Responder, ApiError> {
    let pw = body.password.clone();
    let hash = web::block(move || hash_password(&pw)).await.map_err(|_| ApiError::Internal)??;
    let id: i64 = sqlx::query_scalar("INSERT INTO users (email, password_hash) VALUES ($1, $2) RETURNING id")
        .bind(body.email.to_lowercase())
        .bind(hash)
        .fetch_one(pool.get_ref())
        .await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": id })))
}

#[post("/login")]
pub async fn login(pool: web::Data<PgPool>, body: web::Json<Credentials>) -> Result<impl Responder, ApiError> {
    let row: Option<(i64, String)> = sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(body.email.to_lowercase())
        .fetch_optional(pool.get_ref())
        .await?;
    let Some((id, stored)) = row else { return Err(ApiError::Unauthorized) };
    let pw = body.password.clone();
    let ok = web::block(move || verify_password(&pw, &stored)).await.map_err(|_| ApiError::Internal)?;
    if !ok {
        return Err(ApiError::Unauthorized);
    }
    Ok(issue_session(id).await?)
}
