use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;
use uuid::Uuid;

use crate::error::AppError;

const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 500;

#[derive(Debug, Default, Deserialize)]
pub struct EventFilter {
    pub since: Option<DateTime<Utc>>,
    pub limit: Option<i64>,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct AuditEvent {
    pub id: Uuid,
    pub tenant_id: Uuid,
    pub actor: String,
    pub kind: String,
    pub payload: serde_json::Value,
    pub created_at: DateTime<Utc>,
}

pub async fn list_events(
    pool: &PgPool,
    tenant_id: Uuid,
    filter: &EventFilter,
) -> Result<Vec<AuditEvent>, AppError> {
    let limit = filter.limit.unwrap_or(DEFAULT_LIMIT).clamp(1, MAX_LIMIT);
    let since = filter
        .since
        .unwrap_or_else(|| Utc::now() - Duration::days(30));

    let rows = sqlx::query_as::<_, AuditEvent>(
        r#"
        SELECT id, tenant_id, actor, kind, payload, created_at
        FROM audit_events
        WHERE tenant_id = $1 AND created_at >= $2
        ORDER BY created_at DESC
        LIMIT $3
        "#,
    )
    .bind(tenant_id)
    .bind(since)
    .bind(limit)
    .fetch_all(pool)
    .await?;

    Ok(rows)
}

pub async fn record_event(
    pool: &PgPool,
    tenant_id: Uuid,
    actor: &str,
    kind: &str,
    payload: serde_json::Value,
) -> Result<Uuid, AppError> {
    let id: Uuid = sqlx::query_scalar(
        "INSERT INTO audit_events (tenant_id, actor, kind, payload) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(tenant_id)
    .bind(actor)
    .bind(kind)
    .bind(payload)
    .fetch_one(pool)
    .await?;

    Ok(id)
}
