package import Logging

/// The git side of the world as the reconciler sees it: remotes mirrored under the state directory,
/// read by commit without checkouts. ``GitMirrorStore`` is the libgit2-backed implementation.
///
/// Reads (`resolve`, `treeID`, `entries`, `files`, `diff`, `distance`, `buildContext`) use the local mirror only: ``sync(_:)`` it
/// first, or they fail with ``GitError/Code-swift.struct/notFound``. Every failure is a ``GitError``.
///
/// ```swift
/// let repositories: any SourceRepository = GitMirrorStore(stateDirectory: stateDir, logger: logger)
/// let remote = GitRemote(url: "https://git.example.com/acme/deploy.git")
/// _ = try await repositories.sync(remote)              // fetches only when a branch or tag moved
/// let commit = try await repositories.resolve("main", in: remote)
/// let manifests = try await repositories.files(under: "deployments", at: commit, in: remote,
///                                               pathExtensions: ["yaml", "yml"])
/// ```
package protocol SourceRepository: Sendable {
    /// The branches and tags `remote` advertises, without fetching anything.
    func remoteHeads(of remote: GitRemote) async throws -> [RemoteHead]

    /// Creates or updates the local mirror of `remote`; fetches only when its branches or tags moved.
    func sync(_ remote: GitRemote) async throws -> MirrorSync

    /// The commit a branch, tag or full commit id names in the mirror of `remote`.
    func resolve(_ ref: String, in remote: GitRemote) async throws -> CommitID

    /// The id of the tree at `path` in `commit`; nil when nothing is there.
    func treeID(at path: String, commit: CommitID, in remote: GitRemote) async throws -> TreeID?

    /// The files and folders directly in the tree at `path` of `commit`, without reading any blob; nil when `path`
    /// is not a folder there (stack detection lists the build context with it).
    func entries(at path: String, commit: CommitID, in remote: GitRemote) async throws -> [SourceTreeEntry]?

    /// The regular files under `path` at `commit` with their blob ids and bytes, sorted by path;
    /// only those ending in `.<extension>` when `pathExtensions` is given.
    func files(
        under path: String, at commit: CommitID, in remote: GitRemote, pathExtensions: Set<String>?
    ) async throws -> [RepositoryFile]

    /// The unified diff from `from` (the empty tree when nil) to `to` limited to `path`, with per-file stats,
    /// the patch text capped at `maxPatchBytes`.
    func diff(
        from: CommitID?, to: CommitID, path: String, in remote: GitRemote, maxPatchBytes: Int
    ) async throws -> SourceDiff

    /// How many commits lead from `from` to `to` in the mirror of `remote`, and how many of `from` are not in `to`.
    func distance(from: CommitID, to: CommitID, in remote: GitRemote) async throws -> CommitDistance

    /// The tree at `path` in `commit` as a tar build context streamed from the object store
    /// (see ``BuildContextArchive``); `dockerfile` is relative to `path` and always sent. With `generated` (a
    /// Dockerfile berth wrote), that text is sent at `dockerfile` instead of any file the tree has there.
    func buildContext(
        at commit: CommitID, path: String, dockerfile: String, generated: String?, in remote: GitRemote,
        logger: Logger
    ) -> any AsyncSequence<[UInt8], any Error> & Sendable

    /// The bytes the mirror of `remote` takes on disk (what its fetches brought), for `limits.repoBytes`.
    func mirrorBytes(of remote: GitRemote) async throws -> Int

    /// Writes `text` as the note on `commit` under `refs/notes/berth` and pushes it to `remote`.
    func writeNote(_ text: String, on commit: CommitID, in remote: GitRemote) async throws
}

extension SourceRepository {
    /// Every regular file under `path` at `commit`.
    package func files(under path: String, at commit: CommitID, in remote: GitRemote) async throws -> [RepositoryFile] {
        try await files(under: path, at: commit, in: remote, pathExtensions: nil)
    }

    /// The build context with the tree's own Dockerfile.
    package func buildContext(
        at commit: CommitID, path: String, dockerfile: String, in remote: GitRemote, logger: Logger
    ) -> any AsyncSequence<[UInt8], any Error> & Sendable {
        buildContext(at: commit, path: path, dockerfile: dockerfile, generated: nil, in: remote, logger: logger)
    }

    /// The diff with the patch text capped at 1 MiB.
    package func diff(from: CommitID?, to: CommitID, path: String, in remote: GitRemote) async throws -> SourceDiff {
        try await diff(from: from, to: to, path: path, in: remote, maxPatchBytes: 1 << 20)
    }
}
