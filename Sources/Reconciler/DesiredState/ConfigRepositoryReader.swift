package import Drivers
import Foundation
package import Manifest
import Synchronization

/// Reads desired state from the config repository's branch head through its mirror, without a checkout.
///
/// Parsed files are kept by (path, blob id), so a pass re-parses only the files a commit changed, and the checks
/// across documents run again only when the folder's tree changed. A failed fetch or read throws: the caller must
/// never take it for "desired is empty" (DESIGN §4).
package final class ConfigRepositoryReader: Sendable {
    /// What one read found.
    package struct Snapshot: Sendable {
        /// The config commit the state was read at.
        package let commit: CommitID
        package let state: DesiredState
        /// How many files were parsed anew in this read (the rest came from the cache).
        package let parsedFiles: Int
    }

    private struct CacheKey: Hashable {
        let path: String
        let blob: BlobID
    }

    private let repositories: any SourceRepository
    private let remote: GitRemote
    private let branch: String
    private let path: String
    private let controller: ControllerConfig
    private let secretKey: SecretKeyPair?
    private let cache = Mutex<[CacheKey: ParsedFile]>([:])
    /// The folder's tree at the last read and the state read from it: a commit that leaves the folder as it was
    /// (most of them, and every pass between two commits) is read without opening a file.
    private let lastRead = Mutex<(tree: TreeID, state: DesiredState)?>(nil)

    /// - Parameters:
    ///   - path: the folder of manifests inside the repository (`configRepo.path`).
    ///   - controller: whose policy every manifest is checked against.
    ///   - secretKey: the controller's key, when it could be read: sealed values that do not open for their
    ///     deployment and variable are then reported at their place.
    package init(
        repositories: any SourceRepository, remote: GitRemote, branch: String, path: String,
        controller: ControllerConfig, secretKey: SecretKeyPair? = nil
    ) {
        self.secretKey = secretKey
        self.repositories = repositories
        self.remote = remote
        self.branch = branch
        self.path = path
        self.controller = controller
    }

    /// What a compose service's `build:` builds from: this repository at its branch (files carry repository paths).
    /// The URL is the redacted one: a token written into it must never reach a spec, a label or an error.
    private var origin: ConfigOrigin {
        ConfigOrigin(repo: remote.description, ref: branch, credentials: controller.configRepo?.credentials)
    }

    /// Syncs the mirror (fetching only when the branch moved) and reads every manifest at the branch head.
    /// - Throws: the git driver's error when the remote cannot be reached or the branch or path is missing.
    package func read() async throws -> Snapshot {
        try await read(at: branch)
    }

    /// Syncs the mirror and reads every manifest at `ref` (a branch, tag or commit id the mirror has: a pull
    /// request's head commit, for a plan of it).
    package func read(at ref: String) async throws -> Snapshot {
        _ = try await repositories.sync(remote)
        let commit = try await repositories.resolve(ref, in: remote)
        let tree = try await repositories.treeID(at: path, commit: commit, in: remote)
        if let tree, let last = lastRead.withLock({ $0 }), last.tree == tree {
            return Snapshot(commit: commit, state: last.state, parsedFiles: 0)
        }
        let files = try await repositories.files(under: path, at: commit, in: remote, pathExtensions: ["yaml", "yml"])
            .filter { !Self.isOwnControllerConfig($0.path, contents: $0.contents) }
        if files.isEmpty, !Self.isRoot(path), tree == nil {
            throw ConfigPathMissing(path: path, commit: commit, remote: remote)
        }
        var parsed: [ParsedFile] = []
        var fresh: [CacheKey: ParsedFile] = [:]
        let cached = cache.withLock { $0 }
        for file in files {
            let key = CacheKey(path: file.path, blob: file.blobID)
            let result =
                cached[key]
                ?? ManifestParser.parseFile(
                    Manifest.SourceFile(path: file.path, contents: file.contents), controller: controller,
                    secretKey: secretKey, origin: origin
                )
            fresh[key] = result
            parsed.append(result)
        }
        let parsedFiles = fresh.keys.filter { cached[$0] == nil }.count
        // Keep only what this commit holds, so the cache never outgrows the repository.
        cache.withLock { $0 = fresh }
        let state = ManifestParser.combine(parsed)
        lastRead.withLock { $0 = tree.map { (tree: $0, state: state) } }
        return Snapshot(commit: commit, state: state, parsedFiles: parsedFiles)
    }

    /// Whether the file at `path` is the repository's own controller config: `berth.yaml` (or `.yml`) at its root,
    /// of `kind: Controller`, as `berth init` writes it. It is not a manifest, so reading the root skips it; a
    /// Controller document anywhere else is still a located error.
    static func isOwnControllerConfig(_ path: String, contents: Data) -> Bool {
        guard ["berth.yaml", "berth.yml"].contains(path) else { return false }
        return String(decoding: contents, as: UTF8.self).split(whereSeparator: \.isNewline).contains { line in
            line.split(separator: "#", maxSplits: 1).first?.replacingOccurrences(of: " ", with: "") == "kind:Controller"
        }
    }

    private static func isRoot(_ path: String) -> Bool {
        path.allSatisfy { $0 == "/" || $0 == "." }
    }
}

/// `configRepo.path` does not exist at the commit read: an error that changes nothing, never "nothing declared"
/// (DESIGN §4).
package struct ConfigPathMissing: Error, CustomStringConvertible {
    package let path: String
    package let commit: CommitID
    package let remote: GitRemote

    package var description: String {
        "configRepo.path \"\(path)\" does not exist at commit \(commit.hex.prefix(12)) of \(remote); "
            + "fix configRepo.path in the controller config (nothing was changed)"
    }
}
