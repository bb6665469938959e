use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamptz, Uuid as SqlUuid};
use diesel::PgConnection;
use uuid::Uuid;

/// Org- and project-level audit events live in separate (identically shaped)
/// tables because of their very different retention policies.
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuditScope {
    Org,
    Project,
}

impl AuditScope {
    fn table(self) -> &'static str {
        match self {
            AuditScope::Org => "org_audit_events",
            AuditScope::Project => "project_audit_events",
        }
    }
}

#[derive(Debug, QueryableByName)]
pub struct AuditEvent {
    #[diesel(sql_type = SqlUuid)]
    pub id: Uuid,
    #[diesel(sql_type = SqlUuid)]
    pub actor_id: Uuid,
    #[diesel(sql_type = Text)]
    pub action: String,
    #[diesel(sql_type = Timestamptz)]
    pub at: chrono::DateTime<chrono::Utc>,
}

pub fn recent(
    conn: &mut PgConnection,
    scope: AuditScope,
    subject: Uuid,
    action_prefix: &str,
    limit: i64,
) -> QueryResult<Vec<AuditEvent>> {
    let sql = format!(
        "SELECT id, actor_id, action, at FROM {} \
         WHERE subject_id = $1 AND action LIKE $2 ORDER BY at DESC LIMIT $3",
        scope.table()
    );
    diesel::sql_query(sql)
        .bind::<SqlUuid, _>(subject)
        .bind::<Text, _>(format!("{}%", action_prefix))
        .bind::<BigInt, _>(limit.clamp(1, 500))
        .load(conn)
}
