use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct OrderRow {
    pub id: Uuid,
    pub merchant_id: Uuid,
    pub customer_email: String,
    pub status: String,
    pub total_cents: i64,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct OrderSearch {
    pub status: Option<String>,
    pub page: Option<u32>,
}

const PAGE_SIZE: i64 = 50;

pub async fn search_orders(
    pool: &PgPool,
    merchant_id: Uuid,
    params: &OrderSearch,
) -> sqlx::Result<Vec<OrderRow>> {
    let offset = i64::from(params.page.unwrap_or(0)) * PAGE_SIZE;

    sqlx::query_as::<_, OrderRow>(
        "SELECT id, merchant_id, customer_email, status, total_cents, created_at \
         FROM orders \
         WHERE merchant_id = $1 AND ($2::text IS NULL OR status = $2) \
         ORDER BY created_at DESC \
         LIMIT $3 OFFSET $4",
    )
    .bind(merchant_id)
    .bind(params.status.as_deref())
    .bind(PAGE_SIZE)
    .bind(offset)
    .fetch_all(pool)
    .await
}

pub async fn mark_shipped(pool: &PgPool, merchant_id: Uuid, ids: &[Uuid]) -> sqlx::Result<u64> {
    let mut qb: QueryBuilder<Postgres> =
        QueryBuilder::new("UPDATE orders SET status = 'shipped', updated_at = now() WHERE merchant_id = ");
    qb.push_bind(merchant_id);
    qb.push(" AND id = ANY(");
    qb.push_bind(ids);
    qb.push(")");

    let res = qb.build().execute(pool).await?;
    Ok(res.rows_affected())
}
