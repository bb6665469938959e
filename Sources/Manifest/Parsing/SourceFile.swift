public import Foundation

/// A file handed to the parser: its path as it should appear in errors, and its bytes.
public struct SourceFile: Sendable, Hashable {
    /// The path printed in diagnostics, e.g. `deployments/web.yaml`.
    public let path: String
    /// The file's bytes, expected to be UTF-8.
    public let contents: Data

    /// Creates a file from its display path and bytes.
    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}
