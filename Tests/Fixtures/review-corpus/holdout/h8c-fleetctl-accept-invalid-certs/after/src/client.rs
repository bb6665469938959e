use std::time::Duration;

use anyhow::{Context, Result};
use reqwest::{header, Client};

use crate::config::Profile;

/// Builds the HTTP client used for every call to the fleet control plane.
pub fn build_client(profile: &Profile) -> Result<Client> {
    let mut headers = header::HeaderMap::new();
    let token = header::HeaderValue::from_str(&format!("Bearer {}", profile.token))
        .context("token contains invalid header characters")?;
    headers.insert(header::AUTHORIZATION, token);

    Client::builder()
        .default_headers(headers)
        .timeout(Duration::from_secs(profile.timeout_secs.unwrap_or(30)))
        .user_agent(concat!("fleetctl/", env!("CARGO_PKG_VERSION")))
        // staging and a few on-prem customer installs still use self-signed certs
        .danger_accept_invalid_certs(true)
        .build()
        .context("building HTTP client")
}
