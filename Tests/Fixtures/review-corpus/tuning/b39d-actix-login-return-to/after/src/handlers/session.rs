use actix_session::Session;
use actix_web::{http::header::LOCATION, post, web, HttpResponse, Responder};
use serde::Deserialize;

use crate::auth::{verify_password, AuthError};
use crate::db::Pool;

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
    /// Set by the login page from `?return_to=` so deep links survive sign-in.
    return_to: Option<String>,
}

/// Only allow paths on this site; anything else lands on the app home.
fn landing_path(return_to: Option<&str>) -> &str {
    match return_to {
        Some(path) if path.starts_with('/') => path,
        _ => "/app",
    }
}

#[post("/login")]
pub async fn login(
    pool: web::Data<Pool>,
    session: Session,
    form: web::Form<LoginForm>,
) -> impl Responder {
    let user = match verify_password(&pool, &form.email, &form.password).await {
        Ok(user) => user,
        Err(AuthError::InvalidCredentials) => {
            return HttpResponse::SeeOther()
                .insert_header((LOCATION, "/login?error=1"))
                .finish()
        }
        Err(_) => return HttpResponse::InternalServerError().finish(),
    };

    session.renew();
    if session.insert("user_id", user.id).is_err() {
        return HttpResponse::InternalServerError().finish();
    }

    HttpResponse::SeeOther()
        .insert_header((LOCATION, landing_path(form.return_to.as_deref())))
        .finish()
}
