use actix_web::{get, web, HttpResponse, Responder};
use serde::Deserialize;
use sqlx::PgPool;

use crate::auth::OrgMember;
use crate::models::MemberRow;

#[derive(Deserialize)]
pub struct SearchQuery {
    q: String,
    #[serde(default)]
    include_suspended: bool,
}

#[get("/orgs/{org_id}/members/search")]
pub async fn search_members(
    pool: web::Data<PgPool>,
    caller: OrgMember,
    query: web::Query<SearchQuery>,
) -> actix_web::Result<impl Responder> {
    // match on display name or email so admins can paste an address
    let term = query.q.to_lowercase();
    let sql = format!(
        "SELECT id, display_name, email, role, suspended \
         FROM members \
         WHERE org_id = $1 \
           AND (lower(display_name) LIKE '%{term}%' OR lower(email) LIKE '%{term}%') \
           AND (suspended = false OR $2) \
         ORDER BY display_name LIMIT 50"
    );
    let rows = sqlx::query_as::<_, MemberRow>(&sql)
        .bind(caller.org_id)
        .bind(query.include_suspended)
        .fetch_all(pool.get_ref())
        .await
        .map_err(actix_web::error::ErrorInternalServerError)?;
    Ok(HttpResponse::Ok().json(rows))
}
