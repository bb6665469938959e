use axum::{
    extract::{Request, State},
    http::{header, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
};
use axum_extra::extract::cookie::CookieJar;
use jsonwebtoken::{decode, Algorithm, Validation};
use serde::Deserialize;
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
    InvalidToken,
    Backend,
}

/// Claims of the API access tokens minted by id.parcelhub.dev for machine clients.
#[derive(Debug, Deserialize)]
struct ApiClaims {
    sub: Uuid,
    org: Uuid,
    #[serde(default)]
    scope: String,
}

impl IntoResponse for AuthError {
    fn into_response(self) -> Response {
        let status = match self {
            AuthError::Missing | AuthError::InvalidSession | AuthError::InvalidToken => {
                StatusCode::UNAUTHORIZED
            }
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
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::to_owned);

    let user = match (bearer, jar.get("ph_session")) {
        (Some(token), _) => verify_api_token(&state, &token)?,
        (None, Some(cookie)) => load_session(&state, cookie.value()).await?,
        (None, None) => return Err(AuthError::Missing),
    };
    req.extensions_mut().insert(user);
    Ok(next.run(req).await)
}

/// Verifies signature, expiry, issuer and audience before trusting any claim.
fn verify_api_token(state: &AppState, token: &str) -> Result<CurrentUser, AuthError> {
    let mut validation = Validation::new(Algorithm::HS256);
    validation.set_issuer(&["https://id.parcelhub.dev"]);
    validation.set_audience(&["parcelhub-api"]);
    validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
    validation.leeway = 30;

    let data = decode::<ApiClaims>(token, &state.jwt_decoding_key, &validation)
        .map_err(|_| AuthError::InvalidToken)?;
    Ok(CurrentUser {
        id: data.claims.sub,
        org_id: data.claims.org,
        scopes: data.claims.scope.split_whitespace().map(str::to_owned).collect(),
    })
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