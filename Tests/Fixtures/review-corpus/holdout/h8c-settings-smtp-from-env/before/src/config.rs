use std::env;

use anyhow::{Context, Result};
use base64::{engine::general_purpose::STANDARD, Engine as _};

#[derive(Clone)]
pub struct Settings {
    pub bind_addr: String,
    pub database_url: String,
    pub redis_url: String,
    pub session_key: Vec<u8>,
}

impl Settings {
    pub fn from_env() -> Result<Self> {
        let session_key = env::var("SESSION_KEY_B64").context("SESSION_KEY_B64 must be set")?;
        Ok(Self {
            bind_addr: env::var("BIND_ADDR").unwrap_or_else(|_| "0.0.0.0:3000".into()),
            database_url: env::var("DATABASE_URL").context("DATABASE_URL must be set")?,
            redis_url: env::var("REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379".into()),
            session_key: STANDARD.decode(session_key).context("SESSION_KEY_B64 is not base64")?,
        })
    }
}
