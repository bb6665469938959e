use std::fs;
use std::time::Duration;

use anyhow::Context;
use reqwest::{Certificate, Client};

use crate::config::LedgerConfig;

pub fn build_client(cfg: &LedgerConfig) -> anyhow::Result<Client> {
    let mut builder = Client::builder()
        .timeout(Duration::from_secs(cfg.timeout_secs))
        .connect_timeout(Duration::from_secs(3))
        .https_only(true)
        .user_agent(concat!("ledger-sync/", env!("CARGO_PKG_VERSION")));

    // The ledger runs behind the bank's private CA; trust it in addition to
    // the system roots. Verification of certificate and hostname stays on.
    if let Some(path) = &cfg.extra_ca_pem {
        let pem = fs::read(path).with_context(|| format!("reading CA bundle {path}"))?;
        builder = builder.add_root_certificate(Certificate::from_pem(&pem)?);
    }

    Ok(builder.build()?)
}
