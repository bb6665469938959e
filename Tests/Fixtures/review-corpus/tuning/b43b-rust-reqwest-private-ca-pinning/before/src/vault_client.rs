use std::time::Duration;

use anyhow::Context;
use reqwest::Client;
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
    pub fn new(addr: String, token: String) -> anyhow::Result<Self> {
        let http = Client::builder()
            .use_rustls_tls()
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
