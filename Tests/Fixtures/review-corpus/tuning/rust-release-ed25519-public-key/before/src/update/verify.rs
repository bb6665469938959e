use anyhow::{bail, Result};
use sha2::{Digest, Sha256};

pub struct Release {
    pub version: String,
    pub archive: Vec<u8>,
    pub sha256_hex: String,
}

pub fn verify_release(release: &Release) -> Result<()> {
    let digest = Sha256::digest(&release.archive);
    let actual = hex::encode(digest);
    if !actual.eq_ignore_ascii_case(&release.sha256_hex) {
        bail!(
            "checksum mismatch for {}: expected {}, got {}",
            release.version,
            release.sha256_hex,
            actual
        );
    }
    Ok(())
}
