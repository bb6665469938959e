use std::fs::{self, File};
use std::io;
use std::path::Path;

use anyhow::{Context, Result};
use zip::ZipArchive;

/// Unpacks an uploaded project bundle into `dest`, skipping entries that would escape it.
pub fn unpack_bundle(upload: File, dest: &Path) -> Result<usize> {
    let mut archive = ZipArchive::new(upload).context("not a zip archive")?;
    let mut written = 0;
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i)?;
        let Some(rel) = entry.enclosed_name() else {
            tracing::warn!(name = entry.name(), "skipping unsafe entry");
            continue;
        };
        let out_path = dest.join(rel);
        if entry.is_dir() {
            fs::create_dir_all(&out_path)?;
            continue;
        }
        if let Some(parent) = out_path.parent() {
            fs::create_dir_all(parent)?;
        }
        let mut out = File::create(&out_path)
            .with_context(|| format!("creating {}", out_path.display()))?;
        io::copy(&mut entry, &mut out)?;
        written += 1;
    }
    Ok(written)
}
