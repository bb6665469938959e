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
}

pub async fn list_orders(
    State(pool): State<PgPool>,
    user: CurrentUser,
    Query(params): Query<ListParams>,
) -> Result<Json<Vec<Order>>, ApiError> {
    let limit = params.limit.unwrap_or(50).clamp(1, 200);

    let orders = sqlx::query_as::<_, Order>(
        "SELECT id, customer_id, status, total_cents, created_at \
         FROM orders WHERE customer_id = $1 \
         ORDER BY created_at DESC LIMIT $2",
    )
    .bind(user.customer_id)
    .bind(limit)
    .fetch_all(&pool)
    .await?;

    Ok(Json(orders))
}
