use axum::{
    extract::{Query, State},
    http::StatusCode,
    routing::get,
    Json, Router,
};
use serde::{Deserialize, Serialize};
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::AppState;

#[derive(Debug, Deserialize)]
pub struct ProductFilter {
    pub q: Option<String>,
    pub category: Option<String>,
    pub min_price: Option<i64>,
    pub max_price: Option<i64>,
    pub in_stock: Option<bool>,
    pub sort: Option<String>,
    pub page: Option<u32>,
}

#[derive(Debug, Serialize, sqlx::FromRow)]
pub struct ProductRow {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub category: String,
    pub price_cents: i64,
    pub stock: i32,
}

const PAGE_SIZE: i64 = 40;

pub fn router() -> Router<AppState> {
    Router::new().route("/products", get(list_products))
}

fn sort_clause(sort: Option<&str>) -> &'static str {
    match sort {
        Some("price_asc") => " ORDER BY price_cents ASC, id",
        Some("price_desc") => " ORDER BY price_cents DESC, id",
        Some("name") => " ORDER BY name ASC, id",
        _ => " ORDER BY created_at DESC, id",
    }
}

fn build_query(filter: &ProductFilter) -> QueryBuilder<'_, Postgres> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT id, sku, name, category, price_cents, stock FROM products WHERE archived = false",
    );

    if let Some(q) = filter.q.as_deref().filter(|s| !s.trim().is_empty()) {
        qb.push(" AND (name ILIKE ")
            .push_bind(format!("%{}%", q.trim()))
            .push(" OR sku = ")
            .push_bind(q.trim().to_uppercase())
            .push(")");
    }
    if let Some(category) = filter.category.as_deref() {
        qb.push(" AND category = ").push_bind(category);
    }
    if let Some(min) = filter.min_price {
        qb.push(" AND price_cents >= ").push_bind(min);
    }
    if let Some(max) = filter.max_price {
        qb.push(" AND price_cents <= ").push_bind(max);
    }
    if filter.in_stock.unwrap_or(false) {
        qb.push(" AND stock > 0");
    }

    qb.push(sort_clause(filter.sort.as_deref()));

    let page = i64::from(filter.page.unwrap_or(1).max(1));
    qb.push(" LIMIT ")
        .push_bind(PAGE_SIZE)
        .push(" OFFSET ")
        .push_bind((page - 1) * PAGE_SIZE);
    qb
}

async fn fetch(pool: &PgPool, filter: &ProductFilter) -> Result<Vec<ProductRow>, sqlx::Error> {
    let mut qb = build_query(filter);
    qb.build_query_as::<ProductRow>().fetch_all(pool).await
}

async fn list_products(
    State(state): State<AppState>,
    Query(filter): Query<ProductFilter>,
) -> Result<Json<Vec<ProductRow>>, (StatusCode, String)> {
    fetch(&state.db, &filter).await.map(Json).map_err(|err| {
        tracing::error!(error = %err, "product listing failed");
        (StatusCode::INTERNAL_SERVER_ERROR, "could not load products".to_string())
    })
}