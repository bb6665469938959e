use std::time::Duration;

use reqwest::{header, Client};

use crate::config::SupplierConfig;

pub struct FeedClient {
    http: Client,
    base_url: String,
}

impl FeedClient {
    pub fn new(cfg: &SupplierConfig) -> anyhow::Result<Self> {
        let mut headers = header::HeaderMap::new();
        let mut auth = header::HeaderValue::from_str(&format!("Bearer {}", cfg.api_key))?;
        auth.set_sensitive(true);
        headers.insert(header::AUTHORIZATION, auth);

        let http = Client::builder()
            .https_only(true)
            .default_headers(headers)
            .user_agent(concat!("stockd/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(5))
            .timeout(Duration::from_secs(30))
            .build()?;

        Ok(Self { http, base_url: cfg.feed_url.trim_end_matches('/').to_owned() })
    }

    pub async fn price_list(&self, since: &str) -> anyhow::Result<bytes::Bytes> {
        let url = format!("{}/v2/prices?since={}", self.base_url, since);
        let resp = self.http.get(url).send().await?.error_for_status()?;
        Ok(resp.bytes().await?)
    }
}
