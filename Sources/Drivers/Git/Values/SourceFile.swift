public import Foundation

/// A file read from a commit without a checkout: its path in the repository, its blob id (a cache key:
/// same id, same bytes) and its bytes.
public struct SourceFile: Hashable, Sendable {
    /// Path from the repository root, `/`-separated (e.g. `deployments/web.yaml`).
    public let path: String
    /// The blob holding the bytes: equal ids mean equal bytes, so parsed results can be cached by it.
    public let blobID: BlobID
    /// The file's bytes, read whole.
    public let contents: Data

    public init(path: String, blobID: BlobID, contents: Data) {
        self.path = path
        self.blobID = blobID
        self.contents = contents
    }
}
