use axum::extract::{Query, State};
use axum::Json;
use serde::Deserialize;
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::{auth::Agent, error::ApiError, model::Ticket};

#[derive(Debug, Deserialize)]
pub struct TicketFilter {
    pub assignee: Option<i64>,
    pub priority: Option<String>,
    pub search: Option<String>,
}

pub async fn list_tickets(
    State(pool): State<PgPool>,
    agent: Agent,
    Query(filter): Query<TicketFilter>,
) -> Result<Json<Vec<Ticket>>, ApiError> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT id, subject, priority, assignee_id, updated_at FROM tickets WHERE org_id = ",
    );
    qb.push_bind(agent.org_id);

    if let Some(assignee) = filter.assignee {
        qb.push(" AND assignee_id = ").push_bind(assignee);
    }
    if let Some(priority) = filter.priority {
        qb.push(" AND priority = ").push_bind(priority);
    }
    if let Some(search) = filter.search.filter(|s| !s.trim().is_empty()) {
        qb.push(" AND subject ILIKE ")
            .push_bind(format!("%{}%", search.trim()));
    }
    qb.push(" ORDER BY updated_at DESC LIMIT 100");

    let tickets = qb.build_query_as::<Ticket>().fetch_all(&pool).await?;
    Ok(Json(tickets))
}
