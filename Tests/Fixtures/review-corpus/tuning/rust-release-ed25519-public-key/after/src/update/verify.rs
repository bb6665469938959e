use anyhow::{anyhow, bail, Context, Result};
use base64::{engine::general_purpose::STANDARD, Engine};
use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

/// Public half of the release-signing key. The private key never leaves the
/// release pipeline's HSM; rotating it means shipping a new build with a new constant.
const RELEASE_PUBLIC_KEY_B64: &str = "8xbzgSqQA7/Y/qQAjaz/nKzotKJLhCqeyGQ2D8x27JU=";

pub struct Release {
    pub version: String,
    pub archive: Vec<u8>,
    pub sha256_hex: String,
    pub signature_b64: String,
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

    let key_bytes: [u8; 32] = STANDARD
        .decode(RELEASE_PUBLIC_KEY_B64)?
        .try_into()
        .map_err(|_| anyhow!("release public key has the wrong length"))?;
    let key = VerifyingKey::from_bytes(&key_bytes).context("invalid release public key")?;
    let sig_bytes = STANDARD
        .decode(&release.signature_b64)
        .context("release signature is not base64")?;
    let signature = Signature::from_slice(&sig_bytes).context("malformed release signature")?;
    key.verify(&release.archive, &signature)
        .with_context(|| format!("signature check failed for {}", release.version))?;
    Ok(())
}
