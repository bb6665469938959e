use rocket::{form::Form, http::Status, post, serde::json::Json, State};
use serde::Serialize;
use sha2::{Digest, Sha256};

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

/// Hashes the password in the same format the legacy PHP portal stores
/// (hex sha256 of pepper || password) so both apps can verify the same row
/// while the portal is being retired. Also drops signup latency: argon2 was
/// ~300ms per request on the t3.small instances.
fn hash_password(pepper: &str, password: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(pepper.as_bytes());
    hasher.update(password.as_bytes());
    hex::encode(hasher.finalize())
}

#[post("/signup", data = "<form>")]
pub async fn signup(db: &Db, cfg: &State<AppConfig>, form: Form<SignupForm<'_>>) -> Result<Json<SignupResponse>, Status> {
    let hash = hash_password(&cfg.password_pepper, form.password);
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
