use sqlx::{FromRow, PgPool};

#[derive(Debug, FromRow, serde::Serialize)]
pub struct Tag {
    pub id: i64,
    pub name: String,
    pub uses: i64,
}

pub struct TagRepo {
    pool: PgPool,
}

impl TagRepo {
    pub fn new(pool: PgPool) -> Self {
        Self { pool }
    }

    pub async fn popular(&self, limit: i64) -> sqlx::Result<Vec<Tag>> {
        sqlx::query_as::<_, Tag>("SELECT id, name, uses FROM tags ORDER BY uses DESC LIMIT $1")
            .bind(limit)
            .fetch_all(&self.pool)
            .await
    }
}
