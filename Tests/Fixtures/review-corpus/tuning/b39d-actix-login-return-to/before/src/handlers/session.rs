use actix_session::Session;
use actix_web::{http::header::LOCATION, post, web, HttpResponse, Responder};
use serde::Deserialize;

use crate::auth::{verify_password, AuthError};
use crate::db::Pool;

#[derive(Deserialize)]
pub struct LoginForm {
    email: String,
    password: String,
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
        .insert_header((LOCATION, "/app"))
        .finish()
}
