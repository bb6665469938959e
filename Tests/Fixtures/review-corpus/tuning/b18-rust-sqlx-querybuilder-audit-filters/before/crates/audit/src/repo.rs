use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct AuditEvent {
    pub id: Uuid,
    pub actor_id: Uuid,
    pub action: String,
    pub target: String,
    pub created_at: DateTime<Utc>,
}

#[derive(Debug, Default, Deserialize)]
pub struct AuditFilter {
    pub limit: Option<i64>,
}

const MAX_LIMIT: i64 = 500;

/// Lists the most recent audit events for an organisation.
pub async fn list_events(pool: &PgPool, org_id: Uuid, filter: &AuditFilter) -> sqlx::Result<Vec<AuditEvent>> {
    let limit = filter.limit.unwrap_or(100).clamp(1, MAX_LIMIT);
    sqlx::query_as::<_, AuditEvent>(
        "SELECT id, actor_id, action, target, created_at FROM audit_events          WHERE org_id = $1 ORDER BY created_at DESC LIMIT $2",
    )
    .bind(org_id)
    .bind(limit)
    .fetch_all(pool)
    .await
}

pub async fn record_event(pool: &PgPool, org_id: Uuid, actor_id: Uuid, action: &str, target: &str) -> sqlx::Result<Uuid> {
    let id = Uuid::new_v4();
    sqlx::query(
        "INSERT INTO audit_events (id, org_id, actor_id, action, target, created_at) VALUES ($1, $2, $3, $4, $5, now())",
    )
    .bind(id)
    .bind(org_id)
    .bind(actor_id)
    .bind(action)
    .bind(target)
    .execute(pool)
    .await?;
    Ok(id)
}