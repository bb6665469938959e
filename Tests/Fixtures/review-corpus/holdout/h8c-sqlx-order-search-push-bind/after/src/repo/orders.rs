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
        if let Some(prefix) = &f.reference_prefix {
            let escaped = prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
            qb.push(" AND reference ILIKE ").push_bind(format!("{escaped}%"));
        }
        if let Some(after) = f.created_after {
            qb.push(" AND created_at >= ").push_bind(after);
        }
        let order_col = match f.sort.as_deref() {
            Some("total") => "total_cents",
            Some("state") => "state",
            _ => "created_at",
        };
        qb.push(format!(" ORDER BY {order_col} DESC LIMIT ")).push_bind(f.limit.min(500));
        qb.build_query_as::<Order>().fetch_all(&self.pool).await
    }
}
