use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::PgConnection;

use crate::schema::articles::dsl::*;

#[derive(Queryable, QueryableByName, Selectable, serde::Serialize)]
#[diesel(table_name = crate::schema::articles)]
pub struct ArticleHit {
    pub id: i64,
    pub slug: String,
    pub title: String,
    pub summary: String,
}

const MAX_RESULTS: i64 = 50;
const SEARCH_CONFIG: &str = "english";

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

/// Full-text search over title and body. Diesel has no DSL for ts_rank, so this
/// is raw SQL; the only interpolated piece is the SEARCH_CONFIG constant.
pub fn search_fulltext(
    conn: &mut PgConnection,
    term: &str,
    limit: i64,
) -> QueryResult<Vec<ArticleHit>> {
    let sql = format!(
        "SELECT id, slug, title, summary FROM articles \
         WHERE published AND search_vector @@ plainto_tsquery('{SEARCH_CONFIG}', $1) \
         ORDER BY ts_rank(search_vector, plainto_tsquery('{SEARCH_CONFIG}', $1)) DESC \
         LIMIT $2"
    );
    diesel::sql_query(sql)
        .bind::<Text, _>(term)
        .bind::<BigInt, _>(limit.clamp(1, MAX_RESULTS))
        .load(conn)
}
