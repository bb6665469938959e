use axum::{
    async_trait,
    extract::FromRequestParts,
    http::{request::Parts, StatusCode},
};
use axum_extra::extract::CookieJar;

use crate::AppState;

pub struct AuthUser {
    pub id: uuid::Uuid,
    pub is_admin: bool,
}

#[async_trait]
impl FromRequestParts<AppState> for AuthUser {
    type Rejection = StatusCode;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let jar = CookieJar::from_headers(&parts.headers);
        let sid = jar
            .get("sid")
            .map(|c| c.value().to_owned())
            .ok_or(StatusCode::UNAUTHORIZED)?;
        let session = state
            .sessions
            .load(&sid)
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?
            .ok_or(StatusCode::UNAUTHORIZED)?;
        Ok(AuthUser {
            id: session.user_id,
            is_admin: session.is_admin,
        })
    }
}
