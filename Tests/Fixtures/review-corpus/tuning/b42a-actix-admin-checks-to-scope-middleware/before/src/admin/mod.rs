use actix_web::{error::ErrorForbidden, web, Error, HttpResponse};

use crate::{
    auth::{CurrentUser, Role},
    store::Store,
};

fn require_admin(user: &CurrentUser) -> Result<(), Error> {
    if user.role != Role::Admin {
        tracing::warn!(user = %user.id, "non-admin hit admin endpoint");
        return Err(ErrorForbidden("admin role required"));
    }
    Ok(())
}

async fn list_orgs(user: CurrentUser, store: web::Data<Store>) -> Result<HttpResponse, Error> {
    require_admin(&user)?;
    let orgs = store.all_orgs().await.map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(orgs))
}

async fn impersonate(
    user: CurrentUser,
    store: web::Data<Store>,
    target: web::Path<i64>,
) -> Result<HttpResponse, Error> {
    require_admin(&user)?;
    let token = store.impersonation_token(user.id, *target).await.map_err(actix_web::error::ErrorNotFound)?;
    tracing::info!(admin = %user.id, target = %target, "impersonation started");
    Ok(HttpResponse::Ok().json(serde_json::json!({ "token": token })))
}

async fn set_plan(
    user: CurrentUser,
    store: web::Data<Store>,
    path: web::Path<(i64, String)>,
) -> Result<HttpResponse, Error> {
    require_admin(&user)?;
    let (org, plan) = path.into_inner();
    store.set_plan(org, &plan).await.map_err(actix_web::error::ErrorBadRequest)?;
    Ok(HttpResponse::NoContent().finish())
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/admin")
            .route("/orgs", web::get().to(list_orgs))
            .route("/users/{id}/impersonate", web::post().to(impersonate))
            .route("/orgs/{id}/plan/{plan}", web::put().to(set_plan)),
    );
}
