use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::PgConnection;
use serde::Serialize;

use crate::schema::usage_events;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Bucket {
    Hour,
    Day,
    Week,
}

#[derive(Debug, Serialize, Queryable)]
pub struct UsageEvent {
    pub id: i64,
    pub tenant_id: i64,
    pub meter: String,
    pub quantity: i64,
    pub recorded_at: DateTime<Utc>,
}

pub struct UsageRepo;

impl UsageRepo {
    pub fn recent(
        conn: &mut PgConnection,
        tenant: i64,
        limit: i64,
    ) -> QueryResult<Vec<UsageEvent>> {
        usage_events::table
            .filter(usage_events::tenant_id.eq(tenant))
            .order(usage_events::recorded_at.desc())
            .limit(limit.clamp(1, 500))
            .select((
                usage_events::id,
                usage_events::tenant_id,
                usage_events::meter,
                usage_events::quantity,
                usage_events::recorded_at,
            ))
            .load(conn)
    }

    pub fn total_since(
        conn: &mut PgConnection,
        tenant: i64,
        meter: &str,
        since: DateTime<Utc>,
    ) -> QueryResult<i64> {
        use diesel::dsl::sum;
        usage_events::table
            .filter(usage_events::tenant_id.eq(tenant))
            .filter(usage_events::meter.eq(meter))
            .filter(usage_events::recorded_at.ge(since))
            .select(sum(usage_events::quantity))
            .first::<Option<i64>>(conn)
            .map(|v| v.unwrap_or(0))
    }
}
