use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel::PgConnection;

use crate::models::Listing;
use crate::schema::listings::dsl::*;

pub struct ListingRepo<'a> {
    conn: &'a mut PgConnection,
}

impl<'a> ListingRepo<'a> {
    pub fn new(conn: &'a mut PgConnection) -> Self {
        Self { conn }
    }

    pub fn active_in_city(&mut self, wanted_city: &str, max: i64) -> QueryResult<Vec<Listing>> {
        listings
            .filter(city.eq(wanted_city))
            .filter(archived.eq(false))
            .order(published_at.desc())
            .limit(max.clamp(1, 100))
            .load::<Listing>(self.conn)
    }

    /// Full-text search; diesel's DSL has no websearch_to_tsquery so this one is raw SQL.
    pub fn search(&mut self, text: &str, wanted_city: &str, max: i64) -> QueryResult<Vec<Listing>> {
        diesel::sql_query(
            "SELECT l.* FROM listings l \
             WHERE l.city = $1 AND NOT l.archived \
               AND l.search_vec @@ websearch_to_tsquery('english', $2) \
             ORDER BY ts_rank(l.search_vec, websearch_to_tsquery('english', $2)) DESC \
             LIMIT $3",
        )
        .bind::<Text, _>(wanted_city)
        .bind::<Text, _>(text)
        .bind::<BigInt, _>(max.clamp(1, 100))
        .load::<Listing>(self.conn)
    }
}
