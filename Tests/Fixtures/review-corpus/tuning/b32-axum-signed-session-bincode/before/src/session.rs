//! Stateless signed session cookies.
//!
//! Cookie value: base64url(body) "." base64url(HMAC-SHA256(key, body))

use axum::{
    async_trait,
    extract::FromRequestParts,
    http::{request::Parts, StatusCode},
};
use axum_extra::extract::cookie::CookieJar;
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine};
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;
use time::OffsetDateTime;
use uuid::Uuid;

use crate::AppState;

type HmacSha256 = Hmac<Sha256>;

pub const COOKIE_NAME: &str = "__Host-sid";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Session {
    pub user_id: Uuid,
    pub org_id: Uuid,
    pub roles: Vec<String>,
    pub issued_at: i64,
    pub expires_at: i64,
}

pub struct SessionKey(Vec<u8>);

impl SessionKey {
    pub fn from_env() -> anyhow::Result<Self> {
        let raw = std::env::var("SESSION_SIGNING_KEY")?;
        let key = URL_SAFE_NO_PAD.decode(raw.trim())?;
        anyhow::ensure!(key.len() >= 32, "SESSION_SIGNING_KEY must decode to at least 32 bytes");
        Ok(Self(key))
    }

    fn mac(&self) -> HmacSha256 {
        HmacSha256::new_from_slice(&self.0).expect("HMAC accepts keys of any length")
    }

    pub fn encode(&self, session: &Session) -> String {
        let body = serde_json::to_vec(session).expect("session serialises");
        let mut mac = self.mac();
        mac.update(&body);
        let tag = mac.finalize().into_bytes();
        format!("{}.{}", URL_SAFE_NO_PAD.encode(&body), URL_SAFE_NO_PAD.encode(tag))
    }

    pub fn decode(&self, cookie: &str) -> Option<Session> {
        let (body_b64, tag_b64) = cookie.split_once('.')?;
        let body = URL_SAFE_NO_PAD.decode(body_b64).ok()?;
        let tag = URL_SAFE_NO_PAD.decode(tag_b64).ok()?;

        // Constant-time check; nothing below runs on an unauthenticated body.
        let mut mac = self.mac();
        mac.update(&body);
        mac.verify_slice(&tag).ok()?;

        let session: Session = serde_json::from_slice(&body).ok()?;
        if session.expires_at <= OffsetDateTime::now_utc().unix_timestamp() {
            return None;
        }
        Some(session)
    }
}

#[async_trait]
impl FromRequestParts<AppState> for Session {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let cookie = jar.get(COOKIE_NAME).ok_or(StatusCode::UNAUTHORIZED)?;
        state
            .session_key
            .decode(cookie.value())
            .ok_or(StatusCode::UNAUTHORIZED)
    }
}
