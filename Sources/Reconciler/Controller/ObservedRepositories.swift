package import Drivers
package import Logging

/// A ``SourceRepository`` that reports how long each mirror sync (the fetch) takes, for the
/// `berth_git_fetch_seconds` metric; everything else passes straight through.
package struct ObservedRepositories: SourceRepository {
    private let base: any SourceRepository
    private let metrics: ControllerMetrics

    package init(_ base: any SourceRepository, metrics: ControllerMetrics) {
        self.base = base
        self.metrics = metrics
    }

    package func sync(_ remote: GitRemote) async throws -> MirrorSync {
        let started = ContinuousClock.now
        defer { metrics.recordGitFetch(seconds: (ContinuousClock.now - started).seconds) }
        return try await base.sync(remote)
    }

    package func remoteHeads(of remote: GitRemote) async throws -> [RemoteHead] {
        try await base.remoteHeads(of: remote)
    }

    package func resolve(_ ref: String, in remote: GitRemote) async throws -> CommitID {
        try await base.resolve(ref, in: remote)
    }

    package func treeID(at path: String, commit: CommitID, in remote: GitRemote) async throws -> TreeID? {
        try await base.treeID(at: path, commit: commit, in: remote)
    }

    package func entries(at path: String, commit: CommitID, in remote: GitRemote) async throws -> [SourceTreeEntry]? {
        try await base.entries(at: path, commit: commit, in: remote)
    }

    package func files(under path: String, at commit: CommitID, in remote: GitRemote, pathExtensions: Set<String>?)
        async throws -> [RepositoryFile]
    {
        try await base.files(under: path, at: commit, in: remote, pathExtensions: pathExtensions)
    }

    package func diff(from: CommitID?, to: CommitID, path: String, in remote: GitRemote, maxPatchBytes: Int)
        async throws -> SourceDiff
    {
        try await base.diff(from: from, to: to, path: path, in: remote, maxPatchBytes: maxPatchBytes)
    }

    package func distance(from: CommitID, to: CommitID, in remote: GitRemote) async throws -> CommitDistance {
        try await base.distance(from: from, to: to, in: remote)
    }

    package func buildContext(
        at commit: CommitID, path: String, dockerfile: String, generated: String?, in remote: GitRemote,
        logger: Logger
    ) -> any AsyncSequence<[UInt8], any Error> & Sendable {
        base.buildContext(
            at: commit, path: path, dockerfile: dockerfile, generated: generated, in: remote, logger: logger)
    }

    package func mirrorBytes(of remote: GitRemote) async throws -> Int { try await base.mirrorBytes(of: remote) }

    package func writeNote(_ text: String, on commit: CommitID, in remote: GitRemote) async throws {
        try await base.writeNote(text, on: commit, in: remote)
    }
}

extension Duration {
    /// The duration in (fractional) seconds, as the metrics record it.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
