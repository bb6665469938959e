use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};
use uuid::Uuid;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct OrderRow {
    pub id: Uuid,
    pub number: String,
    pub status: String,
    pub total_cents: i64,
    pub currency: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Default, Deserialize)]
pub struct OrderFilter {
    pub status: Option<String>,
    pub customer_email: Option<String>,
    pub limit: Option<u32>,
}

const MAX_LIMIT: u32 = 200;

pub async fn list_orders(
    pool: &PgPool,
    tenant_id: Uuid,
    filter: &OrderFilter,
) -> sqlx::Result<Vec<OrderRow>> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT o.id, o.number, o.status, o.total_cents, o.currency, o.created_at \
         FROM orders o WHERE o.tenant_id = ",
    );
    qb.push_bind(tenant_id);

    if let Some(status) = &filter.status {
        qb.push(" AND o.status = ").push_bind(status);
    }
    if let Some(email) = &filter.customer_email {
        qb.push(" AND lower(o.customer_email) = lower(")
            .push_bind(email)
            .push(")");
    }

    qb.push(" ORDER BY o.created_at DESC");

    let limit = filter.limit.unwrap_or(50).min(MAX_LIMIT);
    qb.push(" LIMIT ").push_bind(i64::from(limit));

    qb.build_query_as::<OrderRow>().fetch_all(pool).await
}

pub async fn get_order(
    pool: &PgPool,
    tenant_id: Uuid,
    id: Uuid,
) -> sqlx::Result<Option<OrderRow>> {
    sqlx::query_as::<_, OrderRow>(
        "SELECT id, number, status, total_cents, currency, created_at \
         FROM orders WHERE tenant_id = $1 AND id = $2",
    )
    .bind(tenant_id)
    .bind(id)
    .fetch_optional(pool)
    .await
}
