use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamptz};

/// Deletes archived event rows older than `cutoff`, at most `batch` per call.
pub fn purge_events(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    batch: i64,
) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM events_archive WHERE ctid IN \
         (SELECT ctid FROM events_archive WHERE created_at < $1 LIMIT $2)",
    )
    .bind::<Timestamptz, _>(cutoff)
    .bind::<BigInt, _>(batch)
    .execute(conn)
}

/// Deletes archived audit rows older than `cutoff`, at most `batch` per call.
pub fn purge_audit(
    conn: &mut PgConnection,
    cutoff: DateTime<Utc>,
    batch: i64,
) -> QueryResult<usize> {
    diesel::sql_query(
        "DELETE FROM audit_archive WHERE ctid IN \
         (SELECT ctid FROM audit_archive WHERE created_at < $1 LIMIT $2)",
    )
    .bind::<Timestamptz, _>(cutoff)
    .bind::<BigInt, _>(batch)
    .execute(conn)
}
