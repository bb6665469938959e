use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};
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
    pub actor_id: Option<Uuid>,
    pub action: Option<String>,
    pub target_prefix: Option<String>,
    pub since: Option<DateTime<Utc>>,
    pub until: Option<DateTime<Utc>>,
    pub limit: Option<i64>,
}

const MAX_LIMIT: i64 = 500;

/// Lists audit events for an organisation. Optional filters are appended
/// with QueryBuilder: `push` only ever receives fixed SQL text from this
/// function, and every user-provided value goes through `push_bind`, which
/// emits a `$n` placeholder and binds the value.
pub async fn list_events(pool: &PgPool, org_id: Uuid, filter: &AuditFilter) -> sqlx::Result<Vec<AuditEvent>> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT id, actor_id, action, target, created_at FROM audit_events WHERE org_id = ",
    );
    qb.push_bind(org_id);

    if let Some(actor) = filter.actor_id {
        qb.push(" AND actor_id = ").push_bind(actor);
    }
    if let Some(action) = &filter.action {
        qb.push(" AND action = ").push_bind(action.clone());
    }
    if let Some(prefix) = &filter.target_prefix {
        let escaped = prefix.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
        qb.push(" AND target LIKE ").push_bind(format!("{escaped}%"));
    }
    if let Some(since) = filter.since {
        qb.push(" AND created_at >= ").push_bind(since);
    }
    if let Some(until) = filter.until {
        qb.push(" AND created_at < ").push_bind(until);
    }

    let limit = filter.limit.unwrap_or(100).clamp(1, MAX_LIMIT);
    qb.push(" ORDER BY created_at DESC LIMIT ").push_bind(limit);

    qb.build_query_as::<AuditEvent>().fetch_all(pool).await
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