use axum::{
    extract::{Query, State},
    Json,
};
use serde::Deserialize;
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::{error::ApiError, models::Product};

#[derive(Debug, Deserialize)]
pub struct ProductFilter {
    pub category: Option<String>,
    pub tag: Option<String>,
    pub max_price_cents: Option<i64>,
    pub limit: Option<i64>,
}

pub async fn list_products(
    State(pool): State<PgPool>,
    Query(filter): Query<ProductFilter>,
) -> Result<Json<Vec<Product>>, ApiError> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT p.id, p.sku, p.name, p.price_cents, p.tags FROM products p WHERE p.active",
    );
    if let Some(category) = &filter.category {
        qb.push(" AND p.category = ").push_bind(category);
    }
    if let Some(tag) = filter.tag.as_deref() {
        // array literal so the GIN index on tags is used
        qb.push(" AND p.tags @> ARRAY['").push(tag).push("']::text[]");
    }
    if let Some(max) = filter.max_price_cents {
        qb.push(" AND p.price_cents <= ").push_bind(max);
    }
    qb.push(" ORDER BY p.name LIMIT ")
        .push_bind(filter.limit.unwrap_or(50).clamp(1, 200));

    let rows = qb.build_query_as::<Product>().fetch_all(&pool).await?;
    Ok(Json(rows))
}
