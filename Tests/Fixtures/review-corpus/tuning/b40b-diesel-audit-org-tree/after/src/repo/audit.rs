use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamp};
use diesel::PgConnection;

use crate::schema::audit_events;

const AUDIT_TABLE: &str = "audit_events";

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

#[derive(Debug, QueryableByName)]
pub struct TreeEvent {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = BigInt)]
    pub org_id: i64,
    #[diesel(sql_type = Text)]
    pub action: String,
    #[diesel(sql_type = Timestamp)]
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

/// Events for an org and all of its descendants (orgs.parent_id tree), newest first.
/// The DSL can't express WITH RECURSIVE, so this one is raw SQL; every value is bound.
pub fn recent_for_org_tree(
    conn: &mut PgConnection,
    root_org: i64,
    action_prefix: &str,
    limit: i64,
) -> QueryResult<Vec<TreeEvent>> {
    let sql = format!(
        "WITH RECURSIVE tree AS ( \
             SELECT id FROM orgs WHERE id = $1 \
             UNION ALL SELECT o.id FROM orgs o JOIN tree t ON o.parent_id = t.id) \
         SELECT e.id, e.org_id, e.action, e.created_at FROM {AUDIT_TABLE} e \
         WHERE e.org_id IN (SELECT id FROM tree) AND e.action LIKE $2 || '%' \
         ORDER BY e.created_at DESC LIMIT $3"
    );
    diesel::sql_query(sql)
        .bind::<BigInt, _>(root_org)
        .bind::<Text, _>(action_prefix)
        .bind::<BigInt, _>(limit.clamp(1, 500))
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
