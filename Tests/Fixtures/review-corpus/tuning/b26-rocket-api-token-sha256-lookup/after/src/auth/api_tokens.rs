//! Personal API tokens for the CLI and CI integrations.
//!
//! Tokens are 32 bytes from the OS CSPRNG, shown to the user once as
//! `acm_<base64url>`. We store only a SHA-256 digest so a leaked database
//! does not leak usable tokens. Because the token has 256 bits of entropy a
//! fast hash is sufficient here and lets us look the row up by digest;
//! user passwords go through `auth::passwords` (argon2id), not this module.

use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use rand::{rngs::OsRng, RngCore};
use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};
use rocket::State;
use sha2::{Digest, Sha256};
use sqlx::PgPool;
use time::OffsetDateTime;
use uuid::Uuid;

const TOKEN_PREFIX: &str = "acm_";

pub struct IssuedToken {
    pub id: Uuid,
    /// Plaintext; return it to the user once and never persist it.
    pub plaintext: String,
}

#[derive(Debug, Clone)]
pub struct ApiUser {
    pub user_id: Uuid,
    pub token_id: Uuid,
    pub scopes: Vec<String>,
}

fn digest(token: &str) -> Vec<u8> {
    Sha256::digest(token.as_bytes()).to_vec()
}

pub async fn issue(db: &PgPool, user_id: Uuid, name: &str, scopes: &[String]) -> sqlx::Result<IssuedToken> {
    let mut raw = [0u8; 32];
    OsRng.fill_bytes(&mut raw);
    let plaintext = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(raw));

    let id = Uuid::new_v4();
    sqlx::query(
        "INSERT INTO api_tokens (id, user_id, name, token_sha256, scopes, created_at)
         VALUES ($1, $2, $3, $4, $5, now())",
    )
    .bind(id)
    .bind(user_id)
    .bind(name)
    .bind(digest(&plaintext))
    .bind(scopes)
    .execute(db)
    .await?;

    Ok(IssuedToken { id, plaintext })
}

pub async fn revoke(db: &PgPool, user_id: Uuid, token_id: Uuid) -> sqlx::Result<bool> {
    let res = sqlx::query("UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2")
        .bind(token_id)
        .bind(user_id)
        .execute(db)
        .await?;
    Ok(res.rows_affected() == 1)
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiUser {
    type Error = &'static str;

    async fn from_request(req: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        let Some(header) = req.headers().get_one("Authorization") else {
            return Outcome::Error((Status::Unauthorized, "missing token"));
        };
        let Some(token) = header.strip_prefix("Bearer ").filter(|t| t.starts_with(TOKEN_PREFIX)) else {
            return Outcome::Error((Status::Unauthorized, "malformed token"));
        };
        let db = match req.guard::<&State<PgPool>>().await {
            Outcome::Success(db) => db,
            _ => return Outcome::Error((Status::InternalServerError, "no database")),
        };

        let row: Option<(Uuid, Uuid, Vec<String>, Option<OffsetDateTime>)> = sqlx::query_as(
            "SELECT id, user_id, scopes, revoked_at FROM api_tokens WHERE token_sha256 = $1",
        )
        .bind(digest(token))
        .fetch_optional(db.inner())
        .await
        .unwrap_or(None);

        match row {
            Some((token_id, user_id, scopes, None)) => {
                let _ = sqlx::query("UPDATE api_tokens SET last_used_at = now() WHERE id = $1")
                    .bind(token_id)
                    .execute(db.inner())
                    .await;
                Outcome::Success(ApiUser { user_id, token_id, scopes })
            }
            _ => Outcome::Error((Status::Unauthorized, "invalid token")),
        }
    }
}
