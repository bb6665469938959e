use std::time::Duration;

use anyhow::Context;
use reqwest::{Certificate, Client};
use serde::Deserialize;

#[derive(Deserialize)]
struct SecretResponse {
    data: SecretData,
}

#[derive(Deserialize)]
struct SecretData {
    data: std::collections::HashMap<String, String>,
}

pub struct VaultClient {
    http: Client,
    addr: String,
    token: String,
}

impl VaultClient {
    /// `ca_pem` is the internal root CA bundle (mounted at /etc/ssl/corp/root-ca.pem).
    pub fn new(addr: String, token: String, ca_pem: &[u8]) -> anyhow::Result<Self> {
        let ca = Certificate::from_pem(ca_pem).context("parsing corp root CA")?;
        let http = Client::builder()
            .use_rustls_tls()
            .tls_built_in_root_certs(false)
            .add_root_certificate(ca)
            .https_only(true)
            .min_tls_version(reqwest::tls::Version::TLS_1_2)
            .timeout(Duration::from_secs(10))
            .build()
            .context("building vault http client")?;
        Ok(Self { http, addr, token })
    }

    pub async fn read(&self, path: &str) -> anyhow::Result<std::collections::HashMap<String, String>> {
        let url = format!("{}/v1/secret/data/{}", self.addr, path);
        let resp: SecretResponse = self
            .http
            .get(url)
            .header("X-Vault-Token", &self.token)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        Ok(resp.data.data)
    }
}
