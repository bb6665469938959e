use std::fs::{self, File};
use std::io::{self, BufReader};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use tracing::{info, warn};
use zip::ZipArchive;

const MAX_ENTRIES: usize = 10_000;
const MAX_TOTAL_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Unpacks a theme bundle uploaded by a site owner into the theme directory
/// for their site, e.g. /srv/sites/<site>/themes/<theme>/.
pub fn install_theme_bundle(bundle: &Path, theme_dir: &Path) -> Result<Vec<PathBuf>> {
    let file = File::open(bundle).with_context(|| format!("opening {}", bundle.display()))?;
    let mut archive = ZipArchive::new(BufReader::new(file)).context("reading zip")?;
    if archive.len() > MAX_ENTRIES {
        bail!("bundle has too many entries ({})", archive.len());
    }

    fs::create_dir_all(theme_dir)?;
    let mut written = Vec::new();
    let mut total: u64 = 0;

    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;

        // Keep the bundle's folder layout exactly as the author zipped it
        // (templates/, assets/css/, ...).
        let out_path = theme_dir.join(entry.name());

        if entry.is_dir() {
            fs::create_dir_all(&out_path)?;
            continue;
        }

        total += entry.size();
        if total > MAX_TOTAL_BYTES {
            bail!("bundle expands to more than {MAX_TOTAL_BYTES} bytes");
        }

        if let Some(parent) = out_path.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut out = File::create(&out_path).with_context(|| format!("creating {}", out_path.display()))?;
        io::copy(&mut entry, &mut out)?;
        written.push(out_path);
    }

    if written.is_empty() {
        warn!(bundle = %bundle.display(), "theme bundle contained no files");
    }
    info!(count = written.len(), dir = %theme_dir.display(), "theme installed");
    Ok(written)
}