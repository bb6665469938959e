use std::env;
use std::time::Duration;

use anyhow::{Context, Result};

#[derive(Clone, Debug)]
pub struct BillingConfig {
    pub stripe_secret_key: String,
    pub stripe_webhook_secret: String,
    pub api_base: String,
    pub request_timeout: Duration,
}

impl BillingConfig {
    pub fn from_env() -> Result<Self> {
        let stripe_secret_key =
            env::var("STRIPE_SECRET_KEY").context("STRIPE_SECRET_KEY must be set")?;
        let stripe_webhook_secret =
            env::var("STRIPE_WEBHOOK_SECRET").context("STRIPE_WEBHOOK_SECRET must be set")?;
        let api_base =
            env::var("STRIPE_API_BASE").unwrap_or_else(|_| "https://api.stripe.com".into());
        let timeout_secs = env::var("STRIPE_TIMEOUT_SECS")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(20);

        Ok(Self {
            stripe_secret_key,
            stripe_webhook_secret,
            api_base,
            request_timeout: Duration::from_secs(timeout_secs),
        })
    }
}
