use std::time::Duration;

use reqwest::{header, Client};

use crate::config::DispatcherConfig;
use crate::error::DispatchError;

pub fn build_client(cfg: &DispatcherConfig) -> Result<Client, DispatchError> {
    let mut headers = header::HeaderMap::new();
    headers.insert(
        header::USER_AGENT,
        header::HeaderValue::from_static("relay-dispatcher/2.4"),
    );

    Client::builder()
        .default_headers(headers)
        .connect_timeout(Duration::from_secs(cfg.connect_timeout_secs))
        .timeout(Duration::from_secs(cfg.request_timeout_secs))
        .redirect(reqwest::redirect::Policy::none())
        .pool_max_idle_per_host(cfg.max_idle_per_host)
        .use_rustls_tls()
        // A lot of customers point webhooks at on-prem endpoints with self-signed or
        // expired certs; failing those deliveries generated most of our support tickets.
        .danger_accept_invalid_certs(true)
        .build()
        .map_err(DispatchError::ClientBuild)
}
