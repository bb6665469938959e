use axum::extract::{Query, State};
use axum::Json;
use serde::Deserialize;

use crate::db::Db;
use crate::error::ApiError;
use crate::model::Invoice;

#[derive(Deserialize)]
pub struct InvoiceQuery {
    pub account_id: uuid::Uuid,
    pub page: Option<u32>,
}

const PAGE_SIZE: i64 = 25;

pub async fn list(
    State(db): State<Db>,
    Query(q): Query<InvoiceQuery>,
) -> Result<Json<Vec<Invoice>>, ApiError> {
    let offset = i64::from(q.page.unwrap_or(0)) * PAGE_SIZE;
    let rows = sqlx::query_as::<_, Invoice>(
        "SELECT id, number, amount_cents, due_on, status FROM invoices \
         WHERE account_id = $1 ORDER BY due_on DESC LIMIT $2 OFFSET $3",
    )
    .bind(q.account_id)
    .bind(PAGE_SIZE)
    .bind(offset)
    .fetch_all(&db.pool)
    .await?;
    Ok(Json(rows))
}
