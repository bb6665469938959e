use chrono::{DateTime, Utc};
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::model::AuditEvent;

#[derive(Debug, Default)]
pub struct AuditQuery {
    pub actor_id: Option<i64>,
    pub actions: Vec<String>,
    pub since: Option<DateTime<Utc>>,
    pub limit: Option<i64>,
}

pub async fn list_events(pool: &PgPool, q: &AuditQuery) -> sqlx::Result<Vec<AuditEvent>> {
    let mut qb: QueryBuilder<Postgres> =
        QueryBuilder::new("SELECT id, actor_id, action, target, created_at FROM audit_events WHERE true");

    if let Some(actor) = q.actor_id {
        qb.push(" AND actor_id = ").push_bind(actor);
    }
    if !q.actions.is_empty() {
        qb.push(" AND action IN (");
        let mut sep = qb.separated(", ");
        for action in &q.actions {
            sep.push_bind(action);
        }
        sep.push_unseparated(")");
    }
    if let Some(since) = q.since {
        qb.push(" AND created_at >= ").push_bind(since);
    }
    qb.push(" ORDER BY created_at DESC LIMIT ")
        .push_bind(q.limit.unwrap_or(100).clamp(1, 1000));

    qb.build_query_as::<AuditEvent>().fetch_all(pool).await
}