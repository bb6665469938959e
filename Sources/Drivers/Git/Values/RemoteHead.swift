/// A branch or tag a remote advertises, with the commit it points at (annotated tags peeled).
public struct RemoteHead: Hashable, Sendable {
    /// Full reference name, e.g. `refs/heads/main` or `refs/tags/v1.0`.
    public let name: String
    /// The commit the reference points at (an annotated tag's target commit).
    public let commit: CommitID

    public init(name: String, commit: CommitID) {
        self.name = name
        self.commit = commit
    }
}
