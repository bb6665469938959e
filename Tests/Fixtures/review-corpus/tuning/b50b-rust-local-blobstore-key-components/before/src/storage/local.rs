use std::path::PathBuf;

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

    fn resolve(&self, key: &str) -> PathBuf {
        self.root.join(key)
    }
}

#[async_trait]
impl BlobStore for LocalStore {
    async fn get(&self, key: &str) -> Result<Bytes, StorageError> {
        let path = self.resolve(key);
        Ok(fs::read(path).await.map(Bytes::from)?)
    }

    async fn put(&self, key: &str, data: Bytes) -> Result<(), StorageError> {
        let path = self.resolve(key);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).await?;
        }
        Ok(fs::write(path, &data).await?)
    }
}
