//! Runtime settings for the API server.
//!
//! Everything secret comes from the environment (Kubernetes injects it from the
//! `api-secrets` Secret). For local development copy `.env.example`, e.g.:
//!
//! ```text
//! DATABASE_URL=postgres://app:app@localhost:5432/app_dev
//! JWT_SECRET=change-me-in-your-own-env
//! BIND_ADDR=127.0.0.1:8080
//! ```

use std::env;
use std::net::SocketAddr;

use actix_web::web;
use secrecy::{ExposeSecret, SecretString};

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("environment variable {0} is not set")]
    Missing(&'static str),
    #[error("environment variable {0} is invalid: {1}")]
    Invalid(&'static str, String),
}

#[derive(Clone)]
pub struct Settings {
    pub bind_addr: SocketAddr,
    pub database_url: SecretString,
    pub jwt_secret: SecretString,
    pub db_max_connections: u32,
}

fn required(name: &'static str) -> Result<String, SettingsError> {
    env::var(name).map_err(|_| SettingsError::Missing(name))
}

impl Settings {
    pub fn from_env() -> Result<Self, SettingsError> {
        let bind_addr = env::var("BIND_ADDR")
            .unwrap_or_else(|_| "0.0.0.0:8080".to_string())
            .parse()
            .map_err(|e: std::net::AddrParseError| SettingsError::Invalid("BIND_ADDR", e.to_string()))?;

        let jwt_secret = required("JWT_SECRET")?;
        if jwt_secret.len() < 32 {
            return Err(SettingsError::Invalid("JWT_SECRET", "must be at least 32 bytes".into()));
        }

        let db_max_connections = env::var("DB_MAX_CONNECTIONS")
            .ok()
            .map(|v| v.parse::<u32>())
            .transpose()
            .map_err(|e| SettingsError::Invalid("DB_MAX_CONNECTIONS", e.to_string()))?
            .unwrap_or(10);

        Ok(Settings {
            bind_addr,
            database_url: SecretString::from(required("DATABASE_URL")?),
            jwt_secret: SecretString::from(jwt_secret),
            db_max_connections,
        })
    }

    pub fn jwt_key(&self) -> &[u8] {
        self.jwt_secret.expose_secret().as_bytes()
    }

    pub fn into_data(self) -> web::Data<Settings> {
        web::Data::new(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_short_jwt_secret() {
        temp_env::with_vars(
            [
                ("DATABASE_URL", Some("postgres://test:test@localhost/test")),
                ("JWT_SECRET", Some("too-short")),
            ],
            || {
                let err = Settings::from_env().err().expect("should fail");
                assert!(matches!(err, SettingsError::Invalid("JWT_SECRET", _)));
            },
        );
    }

    #[test]
    fn reads_required_values() {
        temp_env::with_vars(
            [
                ("DATABASE_URL", Some("postgres://test:test@localhost/test")),
                ("JWT_SECRET", Some("unit-test-secret-unit-test-secret-000")),
                ("BIND_ADDR", None),
            ],
            || {
                let s = Settings::from_env().expect("valid settings");
                assert_eq!(s.bind_addr.port(), 8080);
                assert_eq!(s.db_max_connections, 10);
            },
        );
    }
}
