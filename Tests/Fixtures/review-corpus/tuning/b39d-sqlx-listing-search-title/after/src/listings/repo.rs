use sqlx::{PgPool, Postgres, QueryBuilder};

use super::model::{Listing, ListingQuery};

const PAGE_SIZE: i64 = 25;

pub async fn search(pool: &PgPool, q: &ListingQuery) -> sqlx::Result<Vec<Listing>> {
    let mut qb: QueryBuilder<Postgres> = QueryBuilder::new(
        "SELECT id, title, city, price_cents, published_at FROM listings WHERE published",
    );

    if let Some(city) = &q.city {
        qb.push(" AND city = ").push_bind(city);
    }
    if let Some(max) = q.max_price_cents {
        qb.push(" AND price_cents <= ").push_bind(max);
    }
    if let Some(min) = q.min_price_cents {
        qb.push(" AND price_cents >= ").push_bind(min);
    }
    if let Some(text) = q.text.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        // ILIKE with wildcards on both sides; trigram index covers it.
        qb.push(" AND title ILIKE '%")
            .push(text)
            .push("%'");
    }

    let page = q.page.unwrap_or(0).max(0);
    qb.push(" ORDER BY published_at DESC LIMIT ")
        .push_bind(PAGE_SIZE)
        .push(" OFFSET ")
        .push_bind(page * PAGE_SIZE);

    qb.build_query_as::<Listing>().fetch_all(pool).await
}
