use axum::extract::{Query, State};
use axum::Json;
use serde::Deserialize;
use sqlx::PgPool;

use crate::{auth::Agent, error::ApiError, model::Ticket};

#[derive(Debug, Deserialize)]
pub struct TicketFilter {
    pub assignee: Option<i64>,
}

pub async fn list_tickets(
    State(pool): State<PgPool>,
    agent: Agent,
    Query(filter): Query<TicketFilter>,
) -> Result<Json<Vec<Ticket>>, ApiError> {
    let tickets = sqlx::query_as::<_, Ticket>(
        "SELECT id, subject, priority, assignee_id, updated_at FROM tickets \
         WHERE org_id = $1 AND ($2::bigint IS NULL OR assignee_id = $2) \
         ORDER BY updated_at DESC LIMIT 100",
    )
    .bind(agent.org_id)
    .bind(filter.assignee)
    .fetch_all(&pool)
    .await?;

    Ok(Json(tickets))
}
