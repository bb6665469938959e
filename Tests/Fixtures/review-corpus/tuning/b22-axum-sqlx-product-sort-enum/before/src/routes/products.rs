use axum::{
    extract::{Query, State},
    http::StatusCode,
    Json,
};
use serde::{Deserialize, Serialize};
use sqlx::{FromRow, PgPool, Postgres, QueryBuilder};

#[derive(Debug, Serialize, FromRow)]
pub struct Product {
    pub id: i64,
    pub sku: String,
    pub name: String,
    pub price_cents: i64,
    pub stock: i32,
}

#[derive(Debug, Deserialize)]
pub struct ProductQuery {
    pub q: Option<String>,
    pub min_price: Option<i64>,
    pub max_price: Option<i64>,
    #[serde(default)]
    pub in_stock: bool,
    #[serde(default = "default_limit")]
    pub limit: i64,
}

fn default_limit() -> i64 {
    50
}

pub async fn list_products(
    State(pool): State<PgPool>,
    Query(params): Query<ProductQuery>,
) -> Result<Json<Vec<Product>>, StatusCode> {
    let mut qb: QueryBuilder<Postgres> =
        QueryBuilder::new("SELECT id, sku, name, price_cents, stock FROM products WHERE archived = false");

    if let Some(q) = params.q.as_deref().filter(|q| !q.trim().is_empty()) {
        qb.push(" AND (name ILIKE ");
        qb.push_bind(format!("%{}%", q.trim()));
        qb.push(" OR sku = ");
        qb.push_bind(q.trim().to_uppercase());
        qb.push(")");
    }
    if let Some(min) = params.min_price {
        qb.push(" AND price_cents >= ").push_bind(min);
    }
    if let Some(max) = params.max_price {
        qb.push(" AND price_cents <= ").push_bind(max);
    }
    if params.in_stock {
        qb.push(" AND stock > 0");
    }

    qb.push(" ORDER BY name ASC LIMIT ");
    qb.push_bind(params.limit.clamp(1, 200));

    let products = qb
        .build_query_as::<Product>()
        .fetch_all(&pool)
        .await
        .map_err(|err| {
            tracing::error!(error = %err, "listing products failed");
            StatusCode::INTERNAL_SERVER_ERROR
        })?;

    Ok(Json(products))
}
