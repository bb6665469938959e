use axum::{
    extract::{Query, State},
    http::StatusCode,
    Json,
};
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool, Postgres, QueryBuilder};

use crate::auth::CurrentUser;

#[derive(Debug, Deserialize)]
pub struct TicketFilter {
    status: Option<String>,
    assignee: Option<i64>,
    q: Option<String>,
    limit: Option<i64>,
}

#[derive(Debug, Serialize, FromRow)]
pub struct TicketRow {
    id: i64,
    title: String,
    status: String,
    assignee_id: Option<i64>,
}

/// Escape LIKE wildcards so searching for "50%" or "foo_bar" matches literally.
fn like_pattern(term: &str) -> String {
    let escaped = term
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

pub async fn list_tickets(
    State(pool): State<PgPool>,
    user: CurrentUser,
    Query(filter): Query<TicketFilter>,
) -> Result<Json<Vec<TicketRow>>, StatusCode> {
    let mut qb: QueryBuilder<Postgres> =
        QueryBuilder::new("SELECT id, title, status, assignee_id FROM tickets WHERE org_id = ");
    qb.push_bind(user.org_id);

    if let Some(status) = &filter.status {
        qb.push(" AND status = ").push_bind(status);
    }
    if let Some(assignee) = filter.assignee {
        qb.push(" AND assignee_id = ").push_bind(assignee);
    }
    if let Some(q) = filter.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        qb.push(format!(" AND title ILIKE '{}'", like_pattern(q)));
    }

    qb.push(" ORDER BY updated_at DESC LIMIT ")
        .push_bind(filter.limit.unwrap_or(50).clamp(1, 200));

    qb.build_query_as::<TicketRow>()
        .fetch_all(&pool)
        .await
        .map(Json)
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)
}
