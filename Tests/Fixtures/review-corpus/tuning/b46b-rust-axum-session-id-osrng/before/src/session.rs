use axum::http::header::SET_COOKIE;
use axum::response::{AppendHeaders, IntoResponse};
use sqlx::PgPool;
use time::{Duration, OffsetDateTime};
use uuid::Uuid;

pub struct SessionStore {
    pool: PgPool,
}

impl SessionStore {
    pub async fn create(&self, user_id: i64) -> sqlx::Result<String> {
        let sid = Uuid::new_v4().simple().to_string();
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

pub fn session_cookie(sid: &str) -> impl IntoResponse {
    AppendHeaders([(
        SET_COOKIE,
        format!("sid={sid}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=1209600"),
    )])
}
