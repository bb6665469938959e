use chrono::{DateTime, Utc};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, sqlx::FromRow, serde::Serialize)]
pub struct AuditEvent {
    pub id: Uuid,
    pub actor: String,
    pub action: String,
    pub created_at: DateTime<Utc>,
}

pub async fn list_for_org(pool: &PgPool, org_id: Uuid, limit: i64) -> sqlx::Result<Vec<AuditEvent>> {
    sqlx::query_as::<_, AuditEvent>(
        "SELECT id, actor, action, created_at FROM audit_events \
         WHERE org_id = $1 ORDER BY created_at DESC LIMIT $2",
    )
    .bind(org_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}
