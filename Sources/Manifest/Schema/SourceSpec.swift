/// `spec.source`: where an image is built from.
package struct SourceSpec: Sendable, Hashable {
    /// The git remote (`https`, `http`, `ssh`, `git`, `file`, or `user@host:path`).
    package let repo: String
    /// Branch, tag or full commit id. Default: `main`.
    package let ref: String
    /// The build context inside the repository, normalised (`./app/` → `app`). Default: `.`.
    package let path: String
    /// The Dockerfile, relative to ``path``. Default: `Dockerfile`.
    package let dockerfile: String
    /// A credentials name from the controller config, if the remote needs one.
    package let credentials: String?
    /// `dockerfile`, `auto` or a stack; nil when left out (then `dockerfile` if the Dockerfile exists, else `auto`).
    package let stack: SourceStack?

    /// The ref used when a manifest names none.
    package static let defaultRef = "main"

    /// Whether ``ref`` is a full commit id rather than a branch or tag.
    package var refIsCommit: Bool { Names.isCommitID(ref) }
}
