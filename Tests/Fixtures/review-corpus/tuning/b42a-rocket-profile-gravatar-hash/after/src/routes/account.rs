use argon2::{Argon2, PasswordHash, PasswordVerifier};
use rocket::{get, http::Status, post, serde::json::Json};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{auth::Session, db::Db};

#[derive(Deserialize)]
pub struct PasswordCheck<'r> {
    current_password: &'r str,
}

#[derive(Serialize)]
pub struct Profile {
    id: i64,
    email: String,
    display_name: String,
    avatar_url: String,
}

/// Gravatar identifies an avatar by the hex SHA-256 of the trimmed,
/// lower-cased address; d=identicon gives a generated fallback image.
fn gravatar_url(email: &str) -> String {
    let digest = Sha256::digest(email.trim().to_lowercase().as_bytes());
    format!("https://gravatar.com/avatar/{}?s=128&d=identicon", hex::encode(digest))
}

#[get("/account")]
pub async fn profile(db: &Db, session: Session) -> Result<Json<Profile>, Status> {
    let user = db.user(session.user_id).await.map_err(|_| Status::NotFound)?;
    let avatar_url = gravatar_url(&user.email);
    Ok(Json(Profile { id: user.id, email: user.email, display_name: user.display_name, avatar_url }))
}

/// Re-authentication before sensitive settings (email change, 2FA reset).
#[post("/account/confirm-password", data = "<body>")]
pub async fn confirm_password(db: &Db, session: Session, body: Json<PasswordCheck<'_>>) -> Status {
    let Ok(user) = db.user(session.user_id).await else { return Status::NotFound };
    let Ok(parsed) = PasswordHash::new(&user.password_hash) else {
        log::error!("user {} has unparseable password hash", user.id);
        return Status::InternalServerError;
    };
    match Argon2::default().verify_password(body.current_password.as_bytes(), &parsed) {
        Ok(()) => {
            session.mark_recent_auth();
            Status::NoContent
        }
        Err(_) => Status::Forbidden,
    }
}
