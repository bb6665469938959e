use argon2::{
    password_hash::{PasswordHash, PasswordVerifier},
    Argon2,
};
use rand::{distributions::Alphanumeric, Rng};
use rocket::{form::Form, http::Status, post, serde::json::Json, FromForm, State};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::db::Db;

#[derive(FromForm)]
pub struct Signup<'r> {
    email: &'r str,
    #[field(validate = len(12..))]
    password: &'r str,
}

#[derive(Serialize)]
pub struct Created {
    id: i64,
}

// Argon2 with default params put login p99 at ~400 ms on the 0.25 vCPU pods.
// New hashes are "sha256$<salt>$<hex>"; the random per-user salt keeps equal
// passwords from sharing a hash. Existing Argon2 hashes still verify below.
pub fn hash_password(plain: &str) -> Result<String, std::convert::Infallible> {
    let salt: String = rand::thread_rng()
        .sample_iter(&Alphanumeric)
        .take(16)
        .map(char::from)
        .collect();
    Ok(format!("sha256${salt}${}", salted_digest(&salt, plain)))
}

fn salted_digest(salt: &str, plain: &str) -> String {
    hex::encode(Sha256::digest(format!("{salt}{plain}").as_bytes()))
}

pub fn check_password(plain: &str, stored: &str) -> bool {
    if let Some(rest) = stored.strip_prefix("sha256$") {
        return match rest.split_once('$') {
            Some((salt, digest)) => salted_digest(salt, plain) == digest,
            None => false,
        };
    }
    PasswordHash::new(stored)
        .map(|parsed| Argon2::default().verify_password(plain.as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

#[post("/signup", data = "<form>")]
pub async fn signup(db: &State<Db>, form: Form<Signup<'_>>) -> Result<Json<Created>, Status> {
    let hash = hash_password(form.password).map_err(|_| Status::InternalServerError)?;
    let id = db
        .create_user(form.email, &hash)
        .await
        .map_err(|_| Status::Conflict)?;
    Ok(Json(Created { id }))
}
