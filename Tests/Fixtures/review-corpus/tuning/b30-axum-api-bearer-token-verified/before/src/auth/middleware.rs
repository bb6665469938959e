use axum::{
    extract::{Request, State},
    http::{header, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use axum_extra::extract::cookie::CookieJar;
use uuid::Uuid;

use crate::AppState;

#[derive(Clone, Debug)]
pub struct CurrentUser {
    pub id: Uuid,
    pub org_id: Uuid,
    pub scopes: Vec<String>,
}

#[derive(Debug)]
pub enum AuthError {
    Missing,
    InvalidSession,
    Backend,
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let status = match self {
            AuthError::Missing | AuthError::InvalidSession => StatusCode::UNAUTHORIZED,
            AuthError::Backend => StatusCode::SERVICE_UNAVAILABLE,
        };
        (status, [(header::WWW_AUTHENTICATE, "Bearer")]).into_response()
    }
}

/// Requires a logged-in user and stores it as a request extension for the handlers.
pub async fn require_user(
    State(state): State<AppState>,
    jar: CookieJar,
    mut req: Request,
    next: Next,
) -> Result<Response, AuthError> {
    let user = match jar.get("ph_session") {
        Some(cookie) => load_session(&state, cookie.value()).await?,
        None => return Err(AuthError::Missing),
    };
    req.extensions_mut().insert(user);
    Ok(next.run(req).await)
}

async fn load_session(state: &AppState, session_id: &str) -> Result<CurrentUser, AuthError> {
    let row = sqlx::query_as::<_, (Uuid, Uuid, Vec<String>)>(
        "SELECT u.id, u.org_id, u.scopes FROM sessions s JOIN users u ON u.id = s.user_id \
         WHERE s.id = $1 AND s.expires_at > now() AND s.revoked_at IS NULL",
    )
    .bind(session_id)
    .fetch_optional(&state.db)
    .await
    .map_err(|_| AuthError::Backend)?;

    match row {
        Some((id, org_id, scopes)) => Ok(CurrentUser { id, org_id, scopes }),
        None => Err(AuthError::InvalidSession),
    }
}