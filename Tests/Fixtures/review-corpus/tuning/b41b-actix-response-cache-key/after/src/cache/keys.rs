use actix_web::{dev::ServiceRequest, http::header};
use sha1::{Digest, Sha1};

/// Prefix for every cached catalogue response in Redis.
pub const PREFIX: &str = "catalogue:resp:";

fn normalised_query(raw: &str) -> String {
    let mut pairs: Vec<&str> = raw.split('&').filter(|p| !p.is_empty()).collect();
    pairs.sort_unstable();
    pairs.join("&")
}

/// Builds the Redis key for a cacheable GET. Only anonymous catalogue routes go
/// through the cache middleware (see `cache::middleware::CacheResponses`).
///
/// Search URLs with long filter lists were producing 2-3 KB keys and blowing up
/// Redis memory for the keyspace; hash the variable part down to 40 hex chars.
/// Query params are sorted so `?a=1&b=2` and `?b=2&a=1` share an entry.
pub fn cache_key(req: &ServiceRequest) -> String {
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .unwrap_or("en")
        .trim()
        .to_ascii_lowercase();

    let mut hasher = Sha1::new();
    hasher.update(req.method().as_str().as_bytes());
    hasher.update(b"\0");
    hasher.update(req.path().as_bytes());
    hasher.update(b"\0");
    hasher.update(normalised_query(req.query_string()).as_bytes());
    hasher.update(b"\0");
    hasher.update(lang.as_bytes());

    format!("{PREFIX}{}", hex::encode(hasher.finalize()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn query_order_does_not_matter() {
        let a = TestRequest::get().uri("/products?page=2&sort=price").to_srv_request();
        let b = TestRequest::get().uri("/products?sort=price&page=2").to_srv_request();
        assert_eq!(cache_key(&a), cache_key(&b));
    }

    #[test]
    fn language_changes_key() {
        let de = TestRequest::get()
            .uri("/products")
            .insert_header((header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9"))
            .to_srv_request();
        let en = TestRequest::get().uri("/products").to_srv_request();
        assert_ne!(cache_key(&de), cache_key(&en));
        assert!(cache_key(&en).starts_with(PREFIX));
    }
}
