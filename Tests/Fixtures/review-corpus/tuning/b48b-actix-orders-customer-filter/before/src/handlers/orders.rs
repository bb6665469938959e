use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;
use sqlx::PgPool;

use crate::models::Order;

#[derive(Deserialize)]
pub struct OrderFilter {
    status: Option<String>,
    limit: Option<i64>,
}

#[get("/orders")]
pub async fn list_orders(
    pool: web::Data<PgPool>,
    filter: web::Query<OrderFilter>,
) -> impl Responder {
    let limit = filter.limit.unwrap_or(50).clamp(1, 200);
    let rows = sqlx::query_as::<_, Order>(
        "SELECT id, customer_id, status, total_cents, created_at \
         FROM orders WHERE ($1::text IS NULL OR status = $1) \
         ORDER BY created_at DESC LIMIT $2",
    )
    .bind(filter.status.as_deref())
    .bind(limit)
    .fetch_all(pool.get_ref())
    .await;

    match rows {
        Ok(orders) => HttpResponse::Ok().json(orders),
        Err(e) => {
            log::error!("list_orders: {e}");
            HttpResponse::InternalServerError().finish()
        }
    }
}
