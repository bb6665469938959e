use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::models::{Order, OrderFilter};

pub struct OrderRepo {
    pool: PgPool,
}

impl OrderRepo {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    pub async fn search(&self, f: &OrderFilter) -> sqlx::Result<Vec<Order>> {
        let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
            "SELECT id, account_id, reference, state, total_cents, created_at FROM orders WHERE account_id = ",
        );
        qb.push_bind(f.account_id);
        if let Some(state) = &f.state {
            qb.push(" AND state = ").push_bind(state);
        }
        qb.push(" ORDER BY created_at DESC LIMIT ").push_bind(f.limit.min(500));
        qb.build_query_as::<Order>().fetch_all(&self.pool).await
    }
}
