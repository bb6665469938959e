use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::PgConnection;

use crate::schema::audit_events;

#[derive(Debug, Queryable, Selectable)]
#[diesel(table_name = audit_events)]
pub struct AuditEvent {
    pub id: i64,
    pub org_id: i64,
    pub actor_id: i64,
    pub action: String,
    pub target: String,
    pub created_at: NaiveDateTime,
}

pub fn recent_for_org(
    conn: &mut PgConnection,
    org: i64,
    since: NaiveDateTime,
    limit: i64,
) -> QueryResult<Vec<AuditEvent>> {
    audit_events::table
        .filter(audit_events::org_id.eq(org))
        .filter(audit_events::created_at.ge(since))
        .order(audit_events::created_at.desc())
        .limit(limit.clamp(1, 500))
        .select(AuditEvent::as_select())
        .load(conn)
}

pub fn count_by_action(conn: &mut PgConnection, org: i64) -> QueryResult<Vec<(String, i64)>> {
    use diesel::dsl::count_star;
    audit_events::table
        .filter(audit_events::org_id.eq(org))
        .group_by(audit_events::action)
        .select((audit_events::action, count_star()))
        .load(conn)
}
