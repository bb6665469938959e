use std::time::Duration;

use reqwest::Client;

pub fn build_client(user_agent: &str) -> reqwest::Result<Client> {
    Client::builder()
        .user_agent(user_agent)
        .timeout(Duration::from_secs(20))
        .pool_idle_timeout(Duration::from_secs(90))
        .danger_accept_invalid_certs(true)
        .danger_accept_invalid_hostnames(true)
        .build()
}