use std::path::Path;

use anyhow::{bail, Context, Result};
use tokio::process::Command;
use tracing::info;

use crate::jobs::TranscodeJob;

pub async fn run(job: &TranscodeJob, workdir: &Path) -> Result<()> {
    let output = workdir.join(format!("{}.mp4", job.id));
    info!(job = %job.id, source = %job.source_url, "transcoding");

    let status = Command::new("ffmpeg")
        .arg("-nostdin")
        .arg("-y")
        .arg("-i")
        .arg(&job.source_url)
        .args(["-c:v", "libx264", "-preset", "veryfast", "-crf", "23"])
        .args(["-c:a", "aac", "-b:a", "128k"])
        .arg(&output)
        .status()
        .await
        .context("spawning ffmpeg")?;

    if !status.success() {
        bail!("ffmpeg exited with {status}");
    }
    Ok(())
}
