import Crypto
package import Foundation
package import Logging

/// ``SourceRepository`` on libgit2: one bare mirror per remote URL at
/// `<stateDirectory>/mirrors/<sha256 of the URL>.git`, fetched only when the remote moved.
///
/// Safe to use from concurrent tasks: every call opens its own libgit2 handles on a thread of its own;
/// calls that write a mirror (sync, notes) hold that mirror's lock. Calls that reach a remote (ls-remote, fetch)
/// take one of `fetches` slots, so a pass over many repositories never runs more than that many at once.
package struct GitMirrorStore: SourceRepository {
    /// Where the mirrors live: `<stateDirectory>/mirrors`.
    package let stateDirectory: URL
    private let logger: Logger
    private let fetches: Slots

    /// Remotes reached at once by default.
    package static let defaultFetches = 4

    /// Branches, tags and notes: what a mirror holds, force-updated and pruned like `git clone --mirror`.
    static let mirrorRefspecs = [
        "+refs/heads/*:refs/heads/*", "+refs/tags/*:refs/tags/*", "+refs/notes/*:refs/notes/*",
    ]
    static let mirroredPrefixes = ["refs/heads/", "refs/tags/", "refs/notes/"]
    static let notesRef = "refs/notes/berth"

    /// - Parameter fetches: how many remotes may be reached at once.
    package init(stateDirectory: URL, logger: Logger, fetches: Int = defaultFetches) {
        self.stateDirectory = stateDirectory
        self.logger = logger
        self.fetches = Slots(fetches)
    }

    /// The bare mirror's directory for `remote`.
    package func mirrorDirectory(for remote: GitRemote) -> URL {
        let digest = SHA256.hash(data: Data(remote.url.utf8)).lowercaseHex
        // A hint, not a look at the disk: every pass asks for it, and the directory may not exist yet.
        return stateDirectory.appending(path: "mirrors/\(digest).git", directoryHint: .isDirectory)
    }

    /// Sums the sizes of the regular files under the mirror's directory.
    /// - Throws: ``GitError`` `notFound` when there is no mirror of `remote`.
    package func mirrorBytes(of remote: GitRemote) async throws -> Int {
        let directory = mirrorDirectory(for: remote)
        guard FileManager.default.fileExists(atPath: directory.path),
            let files = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.fileSizeKey])
        else {
            throw GitError(
                .notFound, operation: "measure the mirror of \(remote)", message: "no mirror at \(directory.path)")
        }
        var bytes = 0
        for case let file as URL in files {
            bytes += (try? file.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? 0
        }
        return bytes
    }

    package func remoteHeads(of remote: GitRemote) async throws -> [RemoteHead] {
        try await fetches.run {
            try await DedicatedThread.run(name: "berth.git.ls-remote") { cancellation in
                RemoteHeads.from(try GitRemoteHandle.detached(remote, cancellation: cancellation).connectAndList())
            }
        }
    }

    package func sync(_ remote: GitRemote) async throws -> MirrorSync {
        let path = mirrorDirectory(for: remote).path
        let logger = logger
        return try await fetches.run {
            try await DedicatedThread.run(name: "berth.git.fetch") { cancellation in
                try MirrorLocks.shared.withLock(for: path) {
                    let isNew = !FileManager.default.fileExists(atPath: path)
                    do {
                        return try Self.sync(remote, mirror: path, cancellation: cancellation, logger: logger)
                    } catch {
                        // A mirror whose first fetch failed would read as an empty repository: leave none.
                        if isNew { try? FileManager.default.removeItem(atPath: path) }
                        throw error
                    }
                }
            }
        }
    }

    private static func sync(
        _ remote: GitRemote, mirror path: String, cancellation: CancellationFlag, logger: Logger
    ) throws -> MirrorSync {
        let repository = try GitRepositoryHandle.initBare(path: path)
        let connection = try GitRemoteHandle.anonymous(remote, in: repository, cancellation: cancellation)
        let advertised = try connection.connectAndList()
        let heads = RemoteHeads.from(advertised)
        let local = try repository.references(under: Self.mirroredPrefixes)
        let wanted = advertised.filter { reference in
            Self.mirroredPrefixes.contains { reference.name.hasPrefix($0) } && !reference.name.hasSuffix("^{}")
        }
        let unchanged =
            wanted.count == local.count
            && wanted.allSatisfy { reference in
                local[reference.name].map { GitOID.equal($0, reference.oid) } ?? false
            }
        if unchanged {
            logger.debug("mirror up to date", metadata: ["git.remote": "\(remote)"])
            return MirrorSync(fetched: false, heads: heads)
        }
        logger.debug("fetching", metadata: ["git.remote": "\(remote)"])
        try connection.fetch(refspecs: Self.mirrorRefspecs, prune: true)
        return MirrorSync(fetched: true, heads: heads)
    }

    package func resolve(_ ref: String, in remote: GitRemote) async throws -> CommitID {
        try await withMirror(of: remote) { try $0.resolveCommit(ref) }
    }

    package func treeID(at path: String, commit: CommitID, in remote: GitRemote) async throws -> TreeID? {
        try await withMirror(of: remote) { try $0.tree(at: path, in: commit)?.id }
    }

    package func entries(at path: String, commit: CommitID, in remote: GitRemote) async throws -> [SourceTreeEntry]? {
        try await withMirror(of: remote) { try $0.entries(at: path, in: commit) }
    }

    package func files(
        under path: String, at commit: CommitID, in remote: GitRemote, pathExtensions: Set<String>?
    ) async throws -> [RepositoryFile] {
        try await withMirror(of: remote) { try $0.files(under: path, at: commit, pathExtensions: pathExtensions) }
    }

    package func diff(
        from: CommitID?, to: CommitID, path: String, in remote: GitRemote, maxPatchBytes: Int
    ) async throws -> SourceDiff {
        try await withMirror(of: remote) { try $0.diff(from: from, to: to, path: path, maxPatchBytes: maxPatchBytes) }
    }

    package func distance(from: CommitID, to: CommitID, in remote: GitRemote) async throws -> CommitDistance {
        try await withMirror(of: remote) { try $0.distance(from: from, to: to) }
    }

    package func buildContext(
        at commit: CommitID, path: String, dockerfile: String, generated: String?, in remote: GitRemote,
        logger: Logger
    ) -> any AsyncSequence<[UInt8], any Error> & Sendable {
        BuildContextArchive(
            repositoryPath: mirrorDirectory(for: remote).path, commit: commit, path: path, dockerfile: dockerfile,
            generated: generated.map { Array($0.utf8) }, logger: logger)
    }

    package func writeNote(_ text: String, on commit: CommitID, in remote: GitRemote) async throws {
        let path = mirrorDirectory(for: remote).path
        try await DedicatedThread.run(name: "berth.git.notes") { cancellation in
            try MirrorLocks.shared.withLock(for: path) {
                let repository = try Self.openMirror(path: path, of: remote)
                try GitRemoteHandle.anonymous(remote, in: repository, cancellation: cancellation)
                    .fetch(refspecs: ["+\(Self.notesRef):\(Self.notesRef)"], prune: false)
                try repository.writeNote(text, on: commit, notesRef: Self.notesRef)
                try GitRemoteHandle.anonymous(remote, in: repository, cancellation: cancellation)
                    .push(refspecs: ["\(Self.notesRef):\(Self.notesRef)"])
            }
        }
    }

    private func withMirror<Result: Sendable>(
        of remote: GitRemote, _ body: @escaping @Sendable (GitRepositoryHandle) throws -> Result
    ) async throws -> Result {
        let path = mirrorDirectory(for: remote).path
        return try await DedicatedThread.run(name: "berth.git.read") { _ in
            do {
                return try body(try Self.openMirror(path: path, of: remote))
            } catch let error as GitError {
                throw error.naming(url: remote.description)
            }
        }
    }

    private static func openMirror(path: String, of remote: GitRemote) throws -> GitRepositoryHandle {
        guard FileManager.default.fileExists(atPath: path) else {
            throw GitError(.notFound, operation: "open mirror of \(remote)", message: "not mirrored yet: sync it first")
        }
        return try GitRepositoryHandle.open(path: path)
    }
}
