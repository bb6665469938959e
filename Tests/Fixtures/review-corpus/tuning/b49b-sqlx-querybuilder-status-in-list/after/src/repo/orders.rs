use sqlx::{FromRow, PgPool, Postgres, QueryBuilder};
use time::OffsetDateTime;
use uuid::Uuid;

#[derive(Debug, FromRow, serde::Serialize)]
pub struct Order {
    pub id: Uuid,
    pub customer_id: Uuid,
    pub status: String,
    pub total_cents: i64,
    pub placed_at: OffsetDateTime,
}

pub struct OrderRepo {
    pool: PgPool,
}

impl OrderRepo {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    /// Lists a customer's orders, optionally restricted to any of `statuses`
    /// (the order history page lets users tick several at once).
    pub async fn list_for_customer(
        &self,
        customer_id: Uuid,
        statuses: &[String],
        limit: i64,
    ) -> sqlx::Result<Vec<Order>> {
        let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
            "SELECT id, customer_id, status, total_cents, placed_at FROM orders WHERE customer_id = ",
        );
        qb.push_bind(customer_id);
        if !statuses.is_empty() {
            qb.push(" AND status IN (");
            let mut list = qb.separated(", ");
            for s in statuses {
                list.push_bind(s.clone());
            }
            list.push_unseparated(")");
        }
        qb.push(" ORDER BY placed_at DESC LIMIT ");
        qb.push_bind(limit.clamp(1, 500));

        qb.build_query_as::<Order>().fetch_all(&self.pool).await
    }
}
