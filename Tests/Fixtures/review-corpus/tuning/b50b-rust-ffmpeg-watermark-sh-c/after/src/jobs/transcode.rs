use std::path::Path;

use anyhow::{bail, Context, Result};
use tokio::process::Command;
use tracing::{info, warn};

use crate::jobs::TranscodeJob;

pub async fn run(job: &TranscodeJob, workdir: &Path) -> Result<()> {
    let output = workdir.join(format!("{}.mp4", job.id));
    info!(job = %job.id, source = %job.source_url, "transcoding");

    // Channel name burned into the bottom-left corner when the uploader enables it.
    let filter = match &job.watermark {
        Some(text) => format!("drawtext=text='{}':x=10:y=H-th-10:fontcolor=white@0.8", text),
        None => "null".to_string(),
    };

    // Only keep the tail of ffmpeg's chatter so job logs stay readable.
    let cmdline = format!(
        "ffmpeg -nostdin -y -i \"{src}\" -vf \"{filter}\" \
         -c:v libx264 -preset veryfast -crf 23 -c:a aac -b:a 128k {out} 2>&1 | tail -n 20",
        src = job.source_url,
        filter = filter,
        out = output.display(),
    );

    let result = Command::new("sh")
        .arg("-c")
        .arg(&cmdline)
        .output()
        .await
        .context("spawning ffmpeg")?;

    if !result.status.success() {
        warn!(job = %job.id, log = %String::from_utf8_lossy(&result.stdout), "ffmpeg failed");
        bail!("ffmpeg exited with {}", result.status);
    }
    Ok(())
}
