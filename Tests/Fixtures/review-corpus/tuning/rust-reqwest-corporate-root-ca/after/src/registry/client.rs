use std::{fs, path::Path, time::Duration};

use anyhow::Context;
use reqwest::{blocking::Client, Certificate};

/// Builds a client for the on-prem registry, whose certificate is issued by
/// the corporate CA rather than a public one.
pub fn registry_client(ca_bundle: &Path) -> anyhow::Result<Client> {
    let pem = fs::read(ca_bundle)
        .with_context(|| format!("reading CA bundle {}", ca_bundle.display()))?;
    let ca = Certificate::from_pem(&pem).context("parsing CA bundle")?;
    let client = Client::builder()
        .timeout(Duration::from_secs(30))
        .add_root_certificate(ca)
        .https_only(true)
        .build()?;
    Ok(client)
}