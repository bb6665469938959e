use serde::Deserialize;
use sqlx::PgPool;

use crate::models::Listing;

#[derive(Debug, Deserialize)]
pub struct ListingQuery {
    pub city: String,
    pub max_rent: Option<i32>,
    pub bedrooms: Option<i16>,
}

pub async fn search(pool: &PgPool, q: &ListingQuery) -> sqlx::Result<Vec<Listing>> {
    sqlx::query_as::<_, Listing>(
        "SELECT id, title, city, rent_cents, bedrooms FROM listings \
         WHERE city = $1 AND active ORDER BY published_at DESC LIMIT 50",
    )
    .bind(&q.city)
    .fetch_all(pool)
    .await
}
