use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, Clone, sqlx::FromRow, serde::Serialize)]
pub struct Account {
    pub id: Uuid,
    pub email: String,
    pub plan: String,
    pub created_at: chrono::DateTime<chrono::Utc>,
}

pub struct AccountRepo {
    pool: PgPool,
}

impl AccountRepo {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    pub async fn by_id(&self, id: Uuid) -> sqlx::Result<Option<Account>> {
        sqlx::query_as::<_, Account>(
            "SELECT id, email, plan, created_at FROM accounts WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
    }
}
