use actix_web::{dev::ServiceRequest, http::header};

/// Prefix for every cached catalogue response in Redis.
pub const PREFIX: &str = "catalogue:resp:";

/// Builds the Redis key for a cacheable GET. Only anonymous catalogue routes go
/// through the cache middleware (see `cache::middleware::CacheResponses`).
pub fn cache_key(req: &ServiceRequest) -> String {
    let lang = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .unwrap_or("en")
        .trim()
        .to_ascii_lowercase();

    format!(
        "{PREFIX}{}:{}?{}:{}",
        req.method(),
        req.path(),
        req.query_string(),
        lang
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use actix_web::test::TestRequest;

    #[test]
    fn key_includes_language() {
        let req = TestRequest::get()
            .uri("/products?page=2")
            .insert_header((header::ACCEPT_LANGUAGE, "de-DE,de;q=0.9"))
            .to_srv_request();
        assert_eq!(cache_key(&req), "catalogue:resp:GET:/products?page=2:de-de");
    }
}
