use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text, Timestamptz};
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

impl Bucket {
    fn as_sql(self) -> &'static str {
        match self {
            Bucket::Hour => "hour",
            Bucket::Day => "day",
            Bucket::Week => "week",
        }
    }
}

#[derive(Debug, Serialize, QueryableByName)]
pub struct UsageRollup {
    #[diesel(sql_type = Timestamptz)]
    pub bucket_start: DateTime<Utc>,
    #[diesel(sql_type = Text)]
    pub meter: String,
    #[diesel(sql_type = BigInt)]
    pub quantity: i64,
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

    /// Per-meter totals grouped into time buckets. Diesel's DSL has no date_trunc,
    /// so this one is raw SQL; every value is bound.
    pub fn rollup(
        conn: &mut PgConnection,
        tenant: i64,
        since: DateTime<Utc>,
        bucket: Bucket,
    ) -> QueryResult<Vec<UsageRollup>> {
        let sql = format!(
            "SELECT date_trunc('{unit}', recorded_at) AS bucket_start, \
                    meter, \
                    SUM(quantity)::bigint AS quantity \
               FROM usage_events \
              WHERE tenant_id = $1 AND recorded_at >= $2 \
              GROUP BY 1, 2 \
              ORDER BY 1, 2",
            unit = bucket.as_sql(),
        );
        diesel::sql_query(sql)
            .bind::<BigInt, _>(tenant)
            .bind::<Timestamptz, _>(since)
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
