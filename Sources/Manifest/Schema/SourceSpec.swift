/// `spec.source`: where an image is built from.
public struct SourceSpec: Sendable, Hashable {
    /// The git remote (`https`, `http`, `ssh`, `git`, `file`, or `user@host:path`).
    public let repo: String
    /// Branch, tag or full commit id. Default: `main`.
    public let ref: String
    /// The build context inside the repository, normalised (`./app/` → `app`). Default: `.`.
    public let path: String
    /// The Dockerfile, relative to ``path``. Default: `Dockerfile`.
    public let dockerfile: String
    /// A credentials name from the controller config, if the remote needs one.
    public let credentials: String?

    /// The ref used when a manifest names none.
    public static let defaultRef = "main"

    /// Whether ``ref`` is a full commit id rather than a branch or tag.
    public var refIsCommit: Bool { Names.isCommitID(ref) }
}
