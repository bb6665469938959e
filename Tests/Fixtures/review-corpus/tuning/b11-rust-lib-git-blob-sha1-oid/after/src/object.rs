//! Git-compatible object ids, so manifests can be compared with `git hash-object`.

use std::fmt;
use std::io::{self, Read};

use sha1::{Digest, Sha1};

#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId([u8; 20]);

impl ObjectId {
    /// Id of a blob with the given contents: sha1("blob <len>\0" + data).
    pub fn for_blob(data: &[u8]) -> Self {
        let mut hasher = Sha1::new();
        hasher.update(format!("blob {}\0", data.len()).as_bytes());
        hasher.update(data);
        ObjectId(hasher.finalize().into())
    }

    /// Streams a blob of known length without loading it into memory.
    pub fn for_reader<R: Read>(mut reader: R, len: u64) -> io::Result<Self> {
        let mut hasher = Sha1::new();
        hasher.update(format!("blob {len}\0").as_bytes());
        let mut buf = [0u8; 64 * 1024];
        loop {
            let n = reader.read(&mut buf)?;
            if n == 0 {
                break;
            }
            hasher.update(&buf[..n]);
        }
        Ok(ObjectId(hasher.finalize().into()))
    }
}

impl fmt::Display for ObjectId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for b in self.0 {
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_git_for_empty_blob() {
        assert_eq!(
            ObjectId::for_blob(b"").to_string(),
            "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
        );
    }
}