use axum::{
    extract::{Query, State},
    Json,
};
use serde::Deserialize;
use sqlx::PgPool;

use crate::{auth::CurrentUser, error::ApiError, models::Order};

#[derive(Debug, Deserialize)]
pub struct ListParams {
    pub limit: Option<i64>,
    /// Optional status filter from the order history tabs, e.g. "shipped".
    pub status: Option<String>,
}

pub async fn list_orders(
    State(pool): State<PgPool>,
    user: CurrentUser,
    Query(params): Query<ListParams>,
) -> Result<Json<Vec<Order>>, ApiError> {
    let limit = params.limit.unwrap_or(50).clamp(1, 200);

    let status_clause = match params.status.as_deref() {
        Some(s) if !s.is_empty() => format!("AND status = '{}'", s),
        _ => String::new(),
    };

    let sql = format!(
        "SELECT id, customer_id, status, total_cents, created_at \
         FROM orders WHERE customer_id = $1 {} \
         ORDER BY created_at DESC LIMIT $2",
        status_clause
    );

    let orders = sqlx::query_as::<_, Order>(&sql)
        .bind(user.customer_id)
        .bind(limit)
        .fetch_all(&pool)
        .await?;

    Ok(Json(orders))
}
