use std::fs;
use std::io;
use std::path::Path;

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
        let oid = ObjectId::null();
        Ok(Blob { oid, data })
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }
}
