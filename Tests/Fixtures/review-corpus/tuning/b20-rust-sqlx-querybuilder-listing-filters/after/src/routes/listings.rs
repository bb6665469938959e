use axum::{
    extract::{Query, State},
    http::StatusCode,
    Json,
};
use serde::{Deserialize, Serialize};
use sqlx::{postgres::Postgres, FromRow, QueryBuilder};
use uuid::Uuid;

use crate::{auth::CurrentUser, error::AppError, AppState};

#[derive(Debug, Deserialize)]
pub struct ListingFilter {
    pub city: Option<String>,
    pub min_price: Option<i64>,
    pub max_price: Option<i64>,
    pub bedrooms: Option<i16>,
    /// comma-separated amenity slugs, e.g. "parking,balcony"
    pub amenities: Option<String>,
    pub q: Option<String>,
    #[serde(default)]
    pub sort: SortKey,
    pub page: Option<u32>,
}

#[derive(Debug, Default, Deserialize, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum SortKey {
    #[default]
    Newest,
    PriceAsc,
    PriceDesc,
}

impl SortKey {
    fn order_by(self) -> &'static str {
        match self {
            SortKey::Newest => " ORDER BY l.listed_at DESC, l.id",
            SortKey::PriceAsc => " ORDER BY l.price_cents ASC, l.id",
            SortKey::PriceDesc => " ORDER BY l.price_cents DESC, l.id",
        }
    }
}

#[derive(Debug, Serialize, FromRow)]
pub struct ListingRow {
    pub id: Uuid,
    pub title: String,
    pub city: String,
    pub price_cents: i64,
    pub bedrooms: i16,
    pub listed_at: chrono::DateTime<chrono::Utc>,
}

const PAGE_SIZE: i64 = 24;

pub async fn list_listings(
    State(state): State<AppState>,
    _user: CurrentUser,
    Query(f): Query<ListingFilter>,
) -> Result<Json<Vec<ListingRow>>, AppError> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT l.id, l.title, l.city, l.price_cents, l.bedrooms, l.listed_at \
         FROM listings l WHERE l.status = 'active'",
    );

    if let Some(city) = f.city.as_deref().filter(|c| !c.is_empty()) {
        qb.push(" AND l.city = ").push_bind(city.to_owned());
    }
    if let Some(min) = f.min_price {
        qb.push(" AND l.price_cents >= ").push_bind(min);
    }
    if let Some(max) = f.max_price {
        qb.push(" AND l.price_cents <= ").push_bind(max);
    }
    if let Some(b) = f.bedrooms {
        qb.push(" AND l.bedrooms >= ").push_bind(b);
    }
    if let Some(list) = f.amenities.as_deref() {
        let slugs: Vec<String> = list
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .take(10)
            .map(str::to_owned)
            .collect();
        if !slugs.is_empty() {
            qb.push(" AND l.amenities @> ").push_bind(slugs);
        }
    }
    if let Some(q) = f.q.as_deref().map(str::trim).filter(|q| !q.is_empty()) {
        qb.push(" AND l.search_vector @@ websearch_to_tsquery('english', ")
            .push_bind(q.to_owned())
            .push(")");
    }

    qb.push(f.sort.order_by());
    let page = i64::from(f.page.unwrap_or(1).max(1));
    qb.push(" LIMIT ").push_bind(PAGE_SIZE);
    qb.push(" OFFSET ").push_bind((page - 1) * PAGE_SIZE);

    let rows = qb
        .build_query_as::<ListingRow>()
        .fetch_all(&state.db)
        .await
        .map_err(|e| AppError::new(StatusCode::INTERNAL_SERVER_ERROR, e))?;
    Ok(Json(rows))
}
