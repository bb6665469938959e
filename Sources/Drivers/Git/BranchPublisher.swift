/// Writes berth's own branches into a remote repository (the drift branch `berth/drift/<host>`), without a work
/// tree: the commit is made in the local mirror and force-pushed, so each write replaces the branch.
///
/// ``GitMirrorStore`` implements it; the remote must have been synced (``SourceRepository/sync(_:)``) so that the
/// base commit is in the mirror.
/// ```swift
/// let commit = try await store.publishBranch(
///     "berth/drift/web-1", from: configHead, writing: ["drift/web-1.md": report], message: "Drift on web-1",
///     in: remote)
/// ```
package protocol BranchPublisher: Sendable {
    /// Makes one commit on top of `base` that writes `files` (path → contents) and force-pushes it to
    /// `refs/heads/<branch>` of `remote`.
    /// - Returns: the commit pushed.
    /// - Throws: ``GitError`` (``GitError/Code-swift.struct/pushRejected`` when the remote refuses the branch).
    func publishBranch(
        _ branch: String, from base: CommitID, writing files: [String: String], message: String,
        in remote: GitRemote
    ) async throws -> CommitID

    /// Deletes `refs/heads/<branch>` on `remote`; nothing happens when the remote has no such branch.
    /// - Throws: ``GitError``.
    func deleteBranch(_ branch: String, in remote: GitRemote) async throws
}
