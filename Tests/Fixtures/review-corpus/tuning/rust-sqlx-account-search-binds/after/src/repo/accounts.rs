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

fn escape_like(input: &str) -> String {
    input.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
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

    pub async fn search(
        &self,
        email_prefix: &str,
        plan: Option<&str>,
        limit: i64,
    ) -> sqlx::Result<Vec<Account>> {
        let pattern = format!("{}%", escape_like(email_prefix));
        sqlx::query_as::<_, Account>(
            "SELECT id, email, plan, created_at FROM accounts \
             WHERE email LIKE $1 AND ($2::text IS NULL OR plan = $2) \
             ORDER BY created_at DESC LIMIT $3",
        )
        .bind(pattern)
        .bind(plan)
        .bind(limit.clamp(1, 100))
        .fetch_all(&self.pool)
        .await
    }
}
