use diesel::prelude::*;
use diesel::PgConnection;

use crate::schema::articles::dsl::*;

#[derive(Queryable, Selectable, serde::Serialize)]
#[diesel(table_name = crate::schema::articles)]
pub struct ArticleHit {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
}

const MAX_RESULTS: i64 = 50;

/// Title search used by the newsroom search box (prefix match, case-insensitive).
pub fn search_titles(
    conn: &mut PgConnection,
    term: &str,
    limit: i64,
) -> QueryResult<Vec<ArticleHit>> {
    let pattern = format!("{}%", term.replace('%', "\\%").replace('_', "\\_"));
    articles
        .filter(published.eq(true))
        .filter(title.ilike(pattern))
        .order(published_at.desc())
        .limit(limit.clamp(1, MAX_RESULTS))
        .select(ArticleHit::as_select())
        .load(conn)
}
