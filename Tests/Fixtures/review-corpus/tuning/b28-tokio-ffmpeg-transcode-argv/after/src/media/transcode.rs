//! Transcodes uploaded videos into the fixed set of renditions the player supports.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use tokio::process::Command;
use tokio::time::timeout;
use tracing::{debug, warn};
use uuid::Uuid;

#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Rendition {
    Sd,
    Hd,
    FullHd,
}

impl Rendition {
    fn height(self) -> u32 {
        match self {
            Rendition::Sd => 480,
            Rendition::Hd => 720,
            Rendition::FullHd => 1080,
        }
    }

    fn video_bitrate(self) -> &'static str {
        match self {
            Rendition::Sd => "1200k",
            Rendition::Hd => "3000k",
            Rendition::FullHd => "6000k",
        }
    }
}

pub struct Transcoder {
    pub ffmpeg: PathBuf,
    pub work_dir: PathBuf,
    pub max_runtime: Duration,
}

impl Transcoder {
    /// `input` is the server-side storage path of the upload (`<work_dir>/<uuid>.src`);
    /// `title` is the user-entered video title and is only written into metadata.
    pub async fn transcode(&self, input: &Path, title: &str, rendition: Rendition) -> Result<PathBuf> {
        let output = self.work_dir.join(format!("{}-{}p.mp4", Uuid::new_v4(), rendition.height()));
        let scale = format!("scale=-2:{}", rendition.height());
        let title_meta = format!("title={}", title.chars().take(200).collect::<String>());

        // Arguments are passed as a vector straight to execve; no shell is
        // involved, so quotes, `;` or `$()` in the title are just bytes.
        let mut cmd = Command::new(&self.ffmpeg);
        cmd.args(["-hide_banner", "-nostdin", "-loglevel", "error", "-y"])
            .arg("-i")
            .arg(input)
            .args(["-vf", &scale])
            .args(["-c:v", "libx264", "-preset", "veryfast", "-b:v", rendition.video_bitrate()])
            .args(["-c:a", "aac", "-b:a", "128k"])
            .args(["-movflags", "+faststart"])
            .args(["-metadata", &title_meta])
            .arg(&output)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .kill_on_drop(true);

        debug!(?input, ?output, ?rendition, "starting ffmpeg");
        let child = cmd.spawn().context("failed to spawn ffmpeg")?;
        let result = timeout(self.max_runtime, child.wait_with_output())
            .await
            .context("ffmpeg timed out")??;

        if !result.status.success() {
            let stderr = String::from_utf8_lossy(&result.stderr);
            warn!(status = ?result.status, %stderr, "ffmpeg failed");
            let _ = tokio::fs::remove_file(&output).await;
            bail!("transcode failed with {}", result.status);
        }
        Ok(output)
    }
}
