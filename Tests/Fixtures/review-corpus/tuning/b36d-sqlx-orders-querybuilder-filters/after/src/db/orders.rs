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

#[derive(Debug, Default, Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum OrderSort {
    #[default]
    Newest,
    Oldest,
    TotalDesc,
    TotalAsc,
}

impl OrderSort {
    fn sql(self) -> &'static str {
        match self {
            OrderSort::Newest => " ORDER BY created_at DESC, id DESC",
            OrderSort::Oldest => " ORDER BY created_at ASC, id ASC",
            OrderSort::TotalDesc => " ORDER BY total_cents DESC, id DESC",
            OrderSort::TotalAsc => " ORDER BY total_cents ASC, id ASC",
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct OrderSearch {
    pub status: Option<String>,
    pub email: Option<String>,
    pub min_total_cents: Option<i64>,
    pub created_after: Option<DateTime<Utc>>,
    #[serde(default)]
    pub sort: OrderSort,
    pub page: Option<u32>,
}

const PAGE_SIZE: i64 = 50;

pub async fn search_orders(
    pool: &PgPool,
    merchant_id: Uuid,
    params: &OrderSearch,
) -> sqlx::Result<Vec<OrderRow>> {
    let offset = i64::from(params.page.unwrap_or(0)) * PAGE_SIZE;

    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT id, merchant_id, customer_email, status, total_cents, created_at \
         FROM orders WHERE merchant_id = ",
    );
    qb.push_bind(merchant_id);

    if let Some(status) = params.status.as_deref() {
        qb.push(" AND status = ").push_bind(status);
    }
    if let Some(email) = params.email.as_deref() {
        qb.push(" AND customer_email ILIKE ")
            .push_bind(format!("%{}%", email.replace('%', "\\%").replace('_', "\\_")));
    }
    if let Some(min) = params.min_total_cents {
        qb.push(" AND total_cents >= ").push_bind(min);
    }
    if let Some(after) = params.created_after {
        qb.push(" AND created_at > ").push_bind(after);
    }

    qb.push(params.sort.sql());
    qb.push(" LIMIT ").push_bind(PAGE_SIZE);
    qb.push(" OFFSET ").push_bind(offset);

    qb.build_query_as::<OrderRow>().fetch_all(pool).await
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
