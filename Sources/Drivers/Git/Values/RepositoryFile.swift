package import Foundation

/// A file read from a commit without a checkout: its path in the repository, its blob id (a cache key:
/// same id, same bytes) and its bytes.
package struct RepositoryFile: Hashable, Sendable {
    /// Path from the repository root, `/`-separated (e.g. `deployments/web.yaml`).
    package let path: String
    /// The blob holding the bytes: equal ids mean equal bytes, so parsed results can be cached by it.
    package let blobID: BlobID
    /// The file's bytes, read whole.
    package let contents: Data

    package init(path: String, blobID: BlobID, contents: Data) {
        self.path = path
        self.blobID = blobID
        self.contents = contents
    }
}
