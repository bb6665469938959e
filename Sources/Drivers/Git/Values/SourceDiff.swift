/// A unified diff between two commits, limited to a path, with per-file stats.
///
/// The stats cover every changed file; the patch text stops before the file that would take it past the
/// size cap, and ``isTruncated`` says so.
package struct SourceDiff: Hashable, Sendable {
    /// How one file changed.
    package struct FileChange: Hashable, Sendable {
        /// What happened to the file.
        package enum Kind: String, Hashable, Sendable {
            case added, deleted, modified, renamed, copied, typeChanged
        }

        /// Path after the change (before it, for deletions).
        package let path: String
        /// Path before a rename or copy; nil otherwise.
        package let oldPath: String?
        /// What happened to the file.
        package let kind: Kind
        /// Lines added (0 for binary files).
        package let additions: Int
        /// Lines removed (0 for binary files).
        package let deletions: Int
        /// True when git sees binary content; its patch says only that the files differ.
        package let isBinary: Bool

        package init(path: String, oldPath: String?, kind: Kind, additions: Int, deletions: Int, isBinary: Bool) {
            self.path = path
            self.oldPath = oldPath
            self.kind = kind
            self.additions = additions
            self.deletions = deletions
            self.isBinary = isBinary
        }
    }

    /// Every changed file under the path, in git's order.
    package let files: [FileChange]
    /// The unified diff (git's format), possibly cut short at a file boundary.
    package let patch: String
    /// True when some files' patches were left out to stay under the cap.
    package let isTruncated: Bool

    package init(files: [FileChange], patch: String, isTruncated: Bool) {
        self.files = files
        self.patch = patch
        self.isTruncated = isTruncated
    }
}
