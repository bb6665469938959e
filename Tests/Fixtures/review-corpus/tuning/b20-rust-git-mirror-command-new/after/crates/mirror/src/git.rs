//! Thin wrapper around the `git` binary for keeping bare mirrors up to date.
//!
//! Commands are spawned directly (no shell). Remote URLs come from the
//! mirror registry and are checked to be https before use.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::Duration;

use thiserror::Error;
use url::Url;

#[derive(Debug, Error)]
pub enum GitError {
    #[error("remote must be an https URL without credentials: {0}")]
    BadRemote(String),
    #[error("git {cmd} failed ({status}): {stderr}")]
    Failed { cmd: &'static str, status: i32, stderr: String },
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

pub struct Mirror {
    dir: PathBuf,
    timeout: Duration,
}

fn validate_remote(remote: &str) -> Result<Url, GitError> {
    let url = Url::parse(remote).map_err(|_| GitError::BadRemote(remote.to_owned()))?;
    if url.scheme() != "https" || !url.username().is_empty() || url.password().is_some() || url.host_str().is_none() {
        return Err(GitError::BadRemote(remote.to_owned()));
    }
    Ok(url)
}

impl Mirror {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Self { dir: dir.into(), timeout: Duration::from_secs(600) }
    }

    fn git(&self, cwd: &Path, name: &'static str, args: &[&str]) -> Result<Output, GitError> {
        let out = Command::new("git")
            .args(["-c", "protocol.allow=never", "-c", "protocol.https.allow=always"])
            .args(args)
            .current_dir(cwd)
            .env("GIT_TERMINAL_PROMPT", "0")
            .env("GIT_HTTP_LOW_SPEED_TIME", self.timeout.as_secs().to_string())
            .stdin(Stdio::null())
            .output()?;
        if !out.status.success() {
            return Err(GitError::Failed {
                cmd: name,
                status: out.status.code().unwrap_or(-1),
                stderr: String::from_utf8_lossy(&out.stderr).chars().take(400).collect(),
            });
        }
        Ok(out)
    }

    /// Clones `remote` as a bare mirror on first use, then fetches updates.
    pub fn sync(&self, remote: &str) -> Result<String, GitError> {
        let url = validate_remote(remote)?;
        if !self.dir.join("HEAD").exists() {
            let parent = self.dir.parent().unwrap_or(Path::new("."));
            let target = self.dir.to_string_lossy().into_owned();
            self.git(parent, "clone", &["clone", "--mirror", "--", url.as_str(), &target])?;
        } else {
            self.git(&self.dir, "fetch", &["fetch", "--prune", "--tags", "origin"])?;
        }
        let head = self.git(&self.dir, "rev-parse", &["rev-parse", "HEAD"])?;
        Ok(String::from_utf8_lossy(&head.stdout).trim().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_non_https_and_credentials() {
        assert!(validate_remote("ext::sh -c touch% /tmp/pwned").is_err());
        assert!(validate_remote("ssh://git@example.com/repo.git").is_err());
        assert!(validate_remote("https://user:pw@example.com/repo.git").is_err());
        assert!(validate_remote("https://example.com/org/repo.git").is_ok());
    }
}
