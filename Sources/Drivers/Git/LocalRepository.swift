/// A git repository on disk read in place, without a mirror: what `berth review` diffs in a CI checkout, whose
/// detached `HEAD` no branch of a mirror would hold.
///
/// ```swift
/// let repository = LocalRepository(path: ".")
/// let diff = try await repository.diff(from: try await repository.resolve("origin/main"),
///                                      to: try await repository.resolve("HEAD"), path: ".")
/// ```
package struct LocalRepository: Sendable {
    /// The work tree or git directory.
    package let path: String

    package init(path: String) {
        self.path = path
    }

    /// The commit any revision git understands names: `HEAD`, `HEAD~1`, `origin/main`, a tag, a short id.
    /// - Throws: ``GitError`` when the repository cannot be opened or the revision names no commit.
    package func resolve(_ revision: String) async throws -> CommitID {
        let path = path
        return try await DedicatedThread.run(name: "berth.git.read") { _ in
            try GitRepositoryHandle.open(path: path).resolveRevision(revision)
        }
    }

    /// The unified diff from `from` (the empty tree when nil) to `to` under `path`; see ``SourceDiff``.
    package func diff(from: CommitID?, to: CommitID, path subpath: String, maxPatchBytes: Int) async throws -> SourceDiff
    {
        let path = path
        return try await DedicatedThread.run(name: "berth.git.read") { _ in
            try GitRepositoryHandle.open(path: path).diff(
                from: from, to: to, path: subpath, maxPatchBytes: maxPatchBytes)
        }
    }
}
