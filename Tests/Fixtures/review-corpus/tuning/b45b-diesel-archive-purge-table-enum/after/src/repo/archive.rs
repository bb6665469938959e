use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{BigInt, Timestamptz};

#[derive(Debug, Clone, Copy)]
pub enum ArchiveTable {
    Events,
    Audit,
    Webhooks,
}

impl ArchiveTable {
    fn table_name(self) -> &'static str {
        match self {
            ArchiveTable::Events => "events_archive",
            ArchiveTable::Audit => "audit_archive",
            ArchiveTable::Webhooks => "webhook_deliveries_archive",
        }
    }
}

/// Deletes archived rows older than `cutoff` from `table`, at most `batch` per call.
pub fn purge(
    conn: &mut PgConnection,
    table: ArchiveTable,
    cutoff: DateTime<Utc>,
    batch: i64,
) -> QueryResult<usize> {
    let t = table.table_name();
    diesel::sql_query(format!(
        "DELETE FROM {t} WHERE ctid IN (SELECT ctid FROM {t} WHERE created_at < $1 LIMIT $2)"
    ))
    .bind::<Timestamptz, _>(cutoff)
    .bind::<BigInt, _>(batch)
    .execute(conn)
}
