package import Foundation

/// A file handed to the parser: its path as it should appear in errors, and its bytes.
package struct SourceFile: Sendable, Hashable {
    /// The path printed in diagnostics, e.g. `deployments/web.yaml`.
    package let path: String
    /// The file's bytes, expected to be UTF-8.
    package let contents: Data

    /// Creates a file from its display path and bytes.
    package init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }
}
