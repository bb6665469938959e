use axum::{
    extract::{Query, State},
    Json,
};
use serde::Deserialize;
use sqlx::PgPool;

use crate::{error::ApiError, models::Invoice};

#[derive(Debug, Deserialize)]
pub struct ListParams {
    pub customer_id: i64,
    pub limit: Option<i64>,
    pub status: Option<String>,
}

pub async fn list_invoices(
    State(pool): State<PgPool>,
    Query(params): Query<ListParams>,
) -> Result<Json<Vec<Invoice>>, ApiError> {
    let limit = params.limit.unwrap_or(50).clamp(1, 200);
    let mut sql = String::from(
        "SELECT id, customer_id, status, total_cents, issued_at FROM invoices WHERE customer_id = $1",
    );
    if let Some(status) = &params.status {
        sql.push_str(&format!(" AND status = '{}'", status));
    }
    sql.push_str(" ORDER BY issued_at DESC LIMIT $2");
    let rows = sqlx::query_as::<_, Invoice>(&sql)
    .bind(params.customer_id)
    .bind(limit)
    .fetch_all(&pool)
    .await?;
    Ok(Json(rows))
}
