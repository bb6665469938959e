use std::time::Duration;

use reqwest::Client;

use crate::config::LedgerConfig;

pub fn build_client(cfg: &LedgerConfig) -> anyhow::Result<Client> {
    let client = Client::builder()
        .timeout(Duration::from_secs(cfg.timeout_secs))
        .connect_timeout(Duration::from_secs(3))
        .https_only(true)
        .user_agent(concat!("ledger-sync/", env!("CARGO_PKG_VERSION")))
        .build()?;
    Ok(client)
}
