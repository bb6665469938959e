use std::fs;
use std::io;
use std::path::Path;

use sha1::{Digest, Sha1};

use crate::odb::ObjectId;

/// A blob as stored in the object database.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blob {
    pub oid: ObjectId,
    pub data: Vec<u8>,
}

impl Blob {
    pub fn from_file(path: &Path) -> io::Result<Self> {
        let data = fs::read(path)?;
        let oid = blob_oid(&data);
        Ok(Blob { oid, data })
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }
}

/// Git object id of a blob: SHA-1 over `"blob <len>\0" + content`, exactly as git computes it.
/// SHA-1 is dictated by the repository format here; it is not a security boundary.
pub fn blob_oid(content: &[u8]) -> ObjectId {
    let mut hasher = Sha1::new();
    hasher.update(format!("blob {}\0", content.len()).as_bytes());
    hasher.update(content);
    ObjectId::from_bytes(hasher.finalize().into())
}
