use std::path::{Component, Path, PathBuf};

use async_trait::async_trait;
use bytes::Bytes;
use tokio::fs;

use super::{BlobStore, StorageError};

pub struct LocalStore {
    root: PathBuf,
}

impl LocalStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// Keys look like `org/3f2c9a/avatar.png`. Only plain segments are accepted, so a key can
    /// never climb out of `root` with `..` or replace it with an absolute path.
    fn resolve(&self, key: &str) -> Result<PathBuf, StorageError> {
        let rel = Path::new(key);
        let plain = rel.components().all(|c| matches!(c, Component::Normal(_)));
        if key.is_empty() || !plain {
            return Err(StorageError::InvalidKey(key.to_owned()));
        }
        Ok(self.root.join(rel))
    }
}

#[async_trait]
impl BlobStore for LocalStore {
    async fn get(&self, key: &str) -> Result<Bytes, StorageError> {
        let path = self.resolve(key)?;
        Ok(fs::read(path).await.map(Bytes::from)?)
    }

    async fn put(&self, key: &str, data: Bytes) -> Result<(), StorageError> {
        let path = self.resolve(key)?;
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).await?;
        }
        Ok(fs::write(path, &data).await?)
    }
}
