use argon2::{
    password_hash::{rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString},
    Argon2,
};
use rocket::{form::Form, http::Status, post, serde::json::Json, FromForm, State};
use serde::Serialize;

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

pub fn hash_password(plain: &str) -> Result<String, argon2::password_hash::Error> {
    let salt = SaltString::generate(&mut OsRng);
    Ok(Argon2::default()
        .hash_password(plain.as_bytes(), &salt)?
        .to_string())
}

pub fn check_password(plain: &str, stored: &str) -> bool {
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
