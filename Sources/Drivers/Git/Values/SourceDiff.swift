/// A unified diff between two commits, limited to a path, with per-file stats.
///
/// The stats cover every changed file; the patch text stops before the file that would take it past the
/// size cap, and ``isTruncated`` says so.
public struct SourceDiff: Hashable, Sendable {
    /// How one file changed.
    public struct FileChange: Hashable, Sendable {
        /// What happened to the file.
        public enum Kind: String, Hashable, Sendable {
            case added, deleted, modified, renamed, copied, typeChanged
        }

        /// Path after the change (before it, for deletions).
        public let path: String
        /// Path before a rename or copy; nil otherwise.
        public let oldPath: String?
        /// What happened to the file.
        public let kind: Kind
        /// Lines added (0 for binary files).
        public let additions: Int
        /// Lines removed (0 for binary files).
        public let deletions: Int
        /// True when git sees binary content; its patch says only that the files differ.
        public let isBinary: Bool

        public init(path: String, oldPath: String?, kind: Kind, additions: Int, deletions: Int, isBinary: Bool) {
            self.path = path
            self.oldPath = oldPath
            self.kind = kind
            self.additions = additions
            self.deletions = deletions
            self.isBinary = isBinary
        }
    }

    /// Every changed file under the path, in git's order.
    public let files: [FileChange]
    /// The unified diff (git's format), possibly cut short at a file boundary.
    public let patch: String
    /// True when some files' patches were left out to stay under the cap.
    public let isTruncated: Bool

    public init(files: [FileChange], patch: String, isTruncated: Bool) {
        self.files = files
        self.patch = patch
        self.isTruncated = isTruncated
    }
}
