use serde::Deserialize;
use sqlx::{PgPool, Postgres, QueryBuilder};

use crate::models::Listing;

#[derive(Debug, Deserialize)]
pub struct ListingQuery {
    pub city: String,
    pub max_rent: Option<i32>,
    pub bedrooms: Option<i16>,
}

pub async fn search(pool: &PgPool, q: &ListingQuery) -> sqlx::Result<Vec<Listing>> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT id, title, city, rent_cents, bedrooms FROM listings WHERE active AND city = ",
    );
    qb.push_bind(&q.city);
    if let Some(max) = q.max_rent {
        qb.push(" AND rent_cents <= ").push_bind(max * 100);
    }
    if let Some(beds) = q.bedrooms {
        qb.push(" AND bedrooms >= ").push_bind(beds);
    }
    qb.push(" ORDER BY published_at DESC LIMIT 50");
    qb.build_query_as::<Listing>().fetch_all(pool).await
}
