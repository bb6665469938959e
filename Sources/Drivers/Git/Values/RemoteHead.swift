/// A branch or tag a remote advertises, with the commit it points at (annotated tags peeled).
public struct RemoteHead: Hashable, Sendable {
    /// Full reference name, e.g. `refs/heads/main` or `refs/tags/v1.0`.
    public let name: String
    public let commit: CommitID

    public init(name: String, commit: CommitID) {
        self.name = name
        self.commit = commit
    }
}
