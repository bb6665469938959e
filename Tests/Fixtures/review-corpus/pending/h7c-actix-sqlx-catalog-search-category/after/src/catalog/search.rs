use actix_web::{get, web, HttpResponse, Responder};
use serde::{Deserialize, Serialize};
use sqlx::PgPool;

use crate::error::ApiError;

#[derive(Debug, Deserialize)]
pub struct SearchParams {
    pub q: Option<String>,
    /// Comma-separated category slugs, e.g. `?category=shoes,bags`.
    pub category: Option<String>,
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ProductRow {
    pub id: i64,
    pub sku: String,
    pub title: String,
    pub category: String,
    pub price_cents: i64,
}

const MAX_PER_PAGE: u32 = 100;

fn page_bounds(params: &SearchParams) -> (i64, i64) {
    let per_page = params.per_page.unwrap_or(25).clamp(1, MAX_PER_PAGE);
    let page = params.page.unwrap_or(1).max(1);
    (per_page as i64, ((page - 1) * per_page) as i64)
}

fn base_query() -> String {
    String::from(
        "SELECT p.id, p.sku, p.title, c.slug AS category, p.price_cents \
         FROM products p JOIN categories c ON c.id = p.category_id \
         WHERE p.archived_at IS NULL AND p.title ILIKE $1",
    )
}

fn category_clause(raw: &str) -> Option<String> {
    let slugs: Vec<String> = raw
        .split(',')
        .map(|s| s.trim().to_lowercase())
        .filter(|s| !s.is_empty())
        .map(|s| format!("'{}'", s))
        .collect();
    if slugs.is_empty() {
        return None;
    }
    Some(format!(" AND c.slug IN ({})", slugs.join(", ")))
}

pub async fn search_products(
    pool: &PgPool,
    params: &SearchParams,
) -> Result<Vec<ProductRow>, sqlx::Error> {
    let (limit, offset) = page_bounds(params);
    let term = format!("%{}%", params.q.as_deref().unwrap_or("").trim());

    let mut sql = base_query();
    if let Some(clause) = params.category.as_deref().and_then(category_clause) {
        sql.push_str(&clause);
    }
    sql.push_str(" ORDER BY p.title LIMIT $2 OFFSET $3");

    sqlx::query_as::<_, ProductRow>(&sql)
        .bind(term)
        .bind(limit)
        .bind(offset)
        .fetch_all(pool)
        .await
}

#[get("/catalog/search")]
pub async fn search(
    pool: web::Data<PgPool>,
    params: web::Query<SearchParams>,
) -> Result<impl Responder, ApiError> {
    let rows = search_products(pool.get_ref(), &params).await?;
    Ok(HttpResponse::Ok().json(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_bounds_clamps() {
        let p = SearchParams { q: None, category: None, page: Some(0), per_page: Some(1000) };
        assert_eq!(page_bounds(&p), (100, 0));
    }

    #[test]
    fn category_clause_lists_slugs() {
        assert_eq!(
            category_clause("Shoes, bags").as_deref(),
            Some(" AND c.slug IN ('shoes', 'bags')")
        );
        assert_eq!(category_clause(" , "), None);
    }
}
