use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use tokio::process::Command;
use tracing::info;

use crate::mirror::MirrorRequest;

pub struct Worker {
    pub root: PathBuf,
}

impl Worker {
    pub async fn sync(&self, req: &MirrorRequest) -> Result<PathBuf> {
        let dest = self.root.join(format!("{}.git", req.id));
        if dest.exists() {
            run_git(&dest, &["remote", "update", "--prune"]).await?;
        } else {
            // go through sh so per-mirror ssh options (jump hosts, ports) apply
            let cmd = format!(
                "GIT_SSH_COMMAND='ssh {}' git clone --mirror {} {}",
                req.ssh_opts.as_deref().unwrap_or(""),
                req.remote_url,
                dest.display()
            );
            let status = Command::new("sh")
                .arg("-c")
                .arg(&cmd)
                .status()
                .await
                .context("spawning git clone")?;
            if !status.success() {
                bail!("git clone exited with {status}");
            }
        }
        info!(id = %req.id, "mirror synced");
        Ok(dest)
    }
}

async fn run_git(dir: &Path, args: &[&str]) -> Result<()> {
    let status = Command::new("git").current_dir(dir).args(args).status().await?;
    if !status.success() {
        bail!("git {:?} exited with {status}", args);
    }
    Ok(())
}
