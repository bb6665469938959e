use actix_web::{
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    error::ErrorForbidden,
    middleware::{from_fn, Next},
    web, Error, HttpMessage, HttpResponse,
};

use crate::{
    auth::{CurrentUser, Role},
    store::Store,
};

/// Gate for everything under /admin. `CurrentUser` is put into the request
/// extensions by the session middleware registered on the App.
async fn admin_only(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let is_admin = req
        .extensions()
        .get::<CurrentUser>()
        .map(|u| u.role == Role::Admin)
        .unwrap_or(false);
    if !is_admin {
        tracing::warn!(path = %req.path(), "non-admin hit admin endpoint");
        return Err(ErrorForbidden("admin role required"));
    }
    next.call(req).await
}

async fn list_orgs(store: web::Data<Store>) -> Result<HttpResponse, Error> {
    let orgs = store.all_orgs().await.map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(orgs))
}

async fn impersonate(
    user: CurrentUser,
    store: web::Data<Store>,
    target: web::Path<i64>,
) -> Result<HttpResponse, Error> {
    let token = store.impersonation_token(user.id, *target).await.map_err(actix_web::error::ErrorNotFound)?;
    tracing::info!(admin = %user.id, target = %target, "impersonation started");
    Ok(HttpResponse::Ok().json(serde_json::json!({ "token": token })))
}

async fn set_plan(store: web::Data<Store>, path: web::Path<(i64, String)>) -> Result<HttpResponse, Error> {
    let (org, plan) = path.into_inner();
    store.set_plan(org, &plan).await.map_err(actix_web::error::ErrorBadRequest)?;
    Ok(HttpResponse::NoContent().finish())
}

async fn org_usage(store: web::Data<Store>, org: web::Path<i64>) -> Result<HttpResponse, Error> {
    let usage = store.usage(*org).await.map_err(actix_web::error::ErrorNotFound)?;
    Ok(HttpResponse::Ok().json(usage))
}

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(
        web::scope("/admin")
            .wrap(from_fn(admin_only))
            .route("/orgs", web::get().to(list_orgs))
            .route("/orgs/{id}/usage", web::get().to(org_usage))
            .route("/users/{id}/impersonate", web::post().to(impersonate))
            .route("/orgs/{id}/plan/{plan}", web::put().to(set_plan)),
    );
}
