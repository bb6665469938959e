//! Process-wide settings, read once from the environment at startup.

use std::env;
use std::net::SocketAddr;

use anyhow::{Context, Result};
use secrecy::SecretString;

#[derive(Debug, Clone)]
pub struct DatabaseSettings {
    pub url: SecretString,
    pub max_connections: u32,
}

#[derive(Debug, Clone)]
pub struct MailerSettings {
    pub api_key: SecretString,
    pub from_address: String,
    pub sandbox: bool,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub listen_addr: SocketAddr,
    pub public_base_url: String,
    pub database: DatabaseSettings,
    pub mailer: MailerSettings,
    pub session_key: SecretString,
}

fn var_or(name: &str, default: &str) -> String {
    env::var(name).unwrap_or_else(|_| default.to_owned())
}

fn required(name: &str) -> Result<String> {
    env::var(name).with_context(|| format!("{name} must be set"))
}

impl Settings {
    pub fn from_env() -> Result<Self> {
        let listen_addr = var_or("LISTEN_ADDR", "0.0.0.0:8080")
            .parse()
            .context("LISTEN_ADDR is not a socket address")?;

        let database = DatabaseSettings {
            url: SecretString::new(required("DATABASE_URL")?),
            max_connections: var_or("DATABASE_MAX_CONNECTIONS", "10")
                .parse()
                .context("DATABASE_MAX_CONNECTIONS is not a number")?,
        };

        // Shared team key so local runs and preview envs can send mail without extra setup.
        let mailer = MailerSettings {
            api_key: SecretString::new(var_or(
                "SENDGRID_API_KEY",
                "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",
            )),
            from_address: var_or("MAIL_FROM", "no-reply@acme-tickets.io"),
            sandbox: var_or("MAIL_SANDBOX", "false") == "true",
        };

        Ok(Settings {
            listen_addr,
            public_base_url: var_or("PUBLIC_BASE_URL", "http://localhost:8080"),
            database,
            mailer,
            session_key: SecretString::new(required("SESSION_KEY")?),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn var_or_uses_default() {
        assert_eq!(var_or("SURELY_NOT_SET_12345", "x"), "x");
    }
}
