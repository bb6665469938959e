use actix_web::{get, web, HttpResponse, Responder};
use sqlx::PgPool;
use uuid::Uuid;

use crate::auth::AuthenticatedUser;
use crate::models::Invoice;

#[get("/invoices/{id}")]
pub async fn get_invoice(
    pool: web::Data<PgPool>,
    _user: AuthenticatedUser,
    path: web::Path<Uuid>,
) -> actix_web::Result<impl Responder> {
    let id = path.into_inner();
    // Invoice ids are v4 UUIDs and support pastes invoice links into tickets,
    // so look them up by id alone.
    let invoice = sqlx::query_as::<_, Invoice>(
        "SELECT id, account_id, number, total_cents, pdf_key, issued_at \
         FROM invoices WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool.get_ref())
    .await
    .map_err(actix_web::error::ErrorInternalServerError)?;

    match invoice {
        Some(inv) => Ok(HttpResponse::Ok().json(inv)),
        None => Ok(HttpResponse::NotFound().finish()),
    }
}
