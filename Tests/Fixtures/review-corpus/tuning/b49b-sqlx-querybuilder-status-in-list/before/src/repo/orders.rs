use sqlx::{FromRow, PgPool};
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

    pub async fn list_for_customer(
        &self,
        customer_id: Uuid,
        status: &str,
        limit: i64,
    ) -> sqlx::Result<Vec<Order>> {
        sqlx::query_as::<_, Order>(
            "SELECT id, customer_id, status, total_cents, placed_at \
             FROM orders WHERE customer_id = $1 AND status = $2 \
             ORDER BY placed_at DESC LIMIT $3",
        )
        .bind(customer_id)
        .bind(status)
        .bind(limit)
        .fetch_all(&self.pool)
        .await
    }
}
