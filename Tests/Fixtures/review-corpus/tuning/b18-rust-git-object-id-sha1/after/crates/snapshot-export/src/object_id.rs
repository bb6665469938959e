//! Git-compatible object ids for the snapshot store.
//!
//! Snapshots are exported as a plain Git repository so users can `git clone`
//! their history. Git (in its default, non-SHA-256 object format) names every
//! object by the SHA-1 of `"<type> <len>\0<content>"`, so we must hash with
//! SHA-1 here to produce ids Git accepts. These digests are content
//! addresses; they never protect a password or act as a MAC.

use std::fmt;
use std::io::{self, Read};

use sha1::{Digest, Sha1};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId([u8; 20]);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    Blob,
    Tree,
    Commit,
}

impl ObjectKind {
    fn as_str(self) -> &'static str {
        match self {
            ObjectKind::Blob => "blob",
            ObjectKind::Tree => "tree",
            ObjectKind::Commit => "commit",
        }
    }
}

impl ObjectId {
    pub fn for_bytes(kind: ObjectKind, content: &[u8]) -> Self {
        let mut hasher = Sha1::new();
        hasher.update(kind.as_str().as_bytes());
        hasher.update(b" ");
        hasher.update(content.len().to_string().as_bytes());
        hasher.update([0u8]);
        hasher.update(content);
        ObjectId(hasher.finalize().into())
    }

    /// Hash a blob of known length from a reader without buffering it all.
    pub fn for_reader<R: Read>(mut reader: R, len: u64) -> io::Result<Self> {
        let mut hasher = Sha1::new();
        hasher.update(format!("blob {len}\0").as_bytes());
        let mut buf = [0u8; 64 * 1024];
        let mut seen = 0u64;
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            seen += n as u64;
            hasher.update(&buf[..n]);
        }
        if seen != len {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "length mismatch"));
        }
        Ok(ObjectId(hasher.finalize().into()))
    }

    pub fn from_hex(s: &str) -> Option<Self> {
        let bytes = hex::decode(s).ok()?;
        Some(ObjectId(bytes.try_into().ok()?))
    }

    pub fn to_hex(&self) -> String {
        hex::encode(self.0)
    }

    /// Loose-object path fan-out used by `.git/objects/ab/cdef...`.
    pub fn loose_path(&self) -> (String, String) {
        let hex = self.to_hex();
        (hex[..2].to_string(), hex[2..].to_string())
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ObjectId({})", &self.to_hex()[..12])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_blob_matches_git() {
        // `git hash-object -t blob /dev/null`
        assert_eq!(
            ObjectId::for_bytes(ObjectKind::Blob, b"").to_hex(),
            "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
        );
    }

    #[test]
    fn reader_and_bytes_agree() {
        let data = b"hello snapshot\n";
        let a = ObjectId::for_bytes(ObjectKind::Blob, data);
        let b = ObjectId::for_reader(&data[..], data.len() as u64).unwrap();
        assert_eq!(a, b);
    }
}