use diesel::prelude::*;
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
}
