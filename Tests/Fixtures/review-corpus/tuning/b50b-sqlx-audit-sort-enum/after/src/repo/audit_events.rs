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

/// `?sort=` on the audit log page; anything else fails query-string deserialisation.
#[derive(Debug, Clone, Copy, Default, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Newest,
    Oldest,
    Actor,
}

impl SortKey {
    fn order_by(self) -> &'static str {
        match self {
            SortKey::Newest => "created_at DESC",
            SortKey::Oldest => "created_at ASC",
            SortKey::Actor => "actor ASC, created_at DESC",
        }
    }
}

pub async fn list_for_org(
    pool: &PgPool,
    org_id: Uuid,
    action: Option<&str>,
    sort: SortKey,
    limit: i64,
) -> sqlx::Result<Vec<AuditEvent>> {
    let sql = format!(
        "SELECT id, actor, action, created_at FROM audit_events \
         WHERE org_id = $1 AND ($2::text IS NULL OR action = $2) \
         ORDER BY {} LIMIT $3",
        sort.order_by()
    );
    sqlx::query_as::<_, AuditEvent>(&sql)
        .bind(org_id)
        .bind(action)
        .bind(limit)
        .fetch_all(pool)
        .await
}
