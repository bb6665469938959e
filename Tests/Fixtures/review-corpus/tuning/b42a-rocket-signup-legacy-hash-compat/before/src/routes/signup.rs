use argon2::{
    password_hash::{rand_core::OsRng, PasswordHasher, SaltString},
    Argon2,
};
use rocket::{form::Form, http::Status, post, serde::json::Json, State};
use serde::Serialize;

use crate::{db::Db, AppConfig};

#[derive(rocket::FromForm)]
pub struct SignupForm<'r> {
    #[field(validate = contains('@'))]
    email: &'r str,
    #[field(validate = len(12..))]
    password: &'r str,
}

#[derive(Serialize)]
pub struct SignupResponse {
    user_id: i64,
}

fn hash_password(password: &str) -> Result<String, Status> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| Status::InternalServerError)
}

#[post("/signup", data = "<form>")]
pub async fn signup(db: &Db, _cfg: &State<AppConfig>, form: Form<SignupForm<'_>>) -> Result<Json<SignupResponse>, Status> {
    let hash = hash_password(form.password)?;
    let user_id = db
        .create_user(form.email, &hash)
        .await
        .map_err(|e| {
            log::error!("create_user failed: {e}");
            Status::Conflict
        })?;
    log::info!("new signup user_id={user_id}");
    Ok(Json(SignupResponse { user_id }))
}
