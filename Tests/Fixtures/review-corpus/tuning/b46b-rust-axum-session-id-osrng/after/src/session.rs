use axum::http::header::SET_COOKIE;
use axum::response::{AppendHeaders, IntoResponse};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::rngs::OsRng;
use rand::RngCore;
use sqlx::PgPool;
use time::{Duration, OffsetDateTime};

pub struct SessionStore {
    pool: PgPool,
}

impl SessionStore {
    pub async fn create(&self, user_id: i64) -> sqlx::Result<String> {
        let sid = new_session_id();
        let expires = OffsetDateTime::now_utc() + Duration::days(14);
        sqlx::query("INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, $2, $3)")
            .bind(&sid)
            .bind(user_id)
            .bind(expires)
            .execute(&self.pool)
            .await?;
        Ok(sid)
    }
}

/// 256 bits from the OS CSPRNG; a v4 UUID only carries 122 random bits.
fn new_session_id() -> String {
    let mut buf = [0u8; 32];
    OsRng.fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

pub fn session_cookie(sid: &str) -> impl IntoResponse {
    AppendHeaders([(
        SET_COOKIE,
        format!("sid={sid}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=1209600"),
    )])
}
