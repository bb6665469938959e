/// A branch or tag a remote advertises, with the commit it points at (annotated tags peeled).
package struct RemoteHead: Hashable, Sendable {
    /// Full reference name, e.g. `refs/heads/main` or `refs/tags/v1.0`.
    package let name: String
    /// The commit the reference points at (an annotated tag's target commit).
    package let commit: CommitID

    package init(name: String, commit: CommitID) {
        self.name = name
        self.commit = commit
    }
}
