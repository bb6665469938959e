import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import Synchronization
import TestSupport
import Testing

/// A mirror store that counts how often each remote is synced and each ref resolved.
private final class CountingRepositories: SourceRepository {
    let store: GitMirrorStore
    let syncs = Mutex<[String: Int]>([:])
    let resolves = Mutex<[String: Int]>([:])

    init(stateDirectory: URL) {
        store = GitMirrorStore(stateDirectory: stateDirectory, logger: Logger(label: "test"))
    }

    func remoteHeads(of remote: GitRemote) async throws -> [RemoteHead] { try await store.remoteHeads(of: remote) }
    func sync(_ remote: GitRemote) async throws -> MirrorSync {
        syncs.withLock { $0[remote.url, default: 0] += 1 }
        return try await store.sync(remote)
    }
    func resolve(_ ref: String, in remote: GitRemote) async throws -> CommitID {
        resolves.withLock { $0["\(remote.url)@\(ref)", default: 0] += 1 }
        return try await store.resolve(ref, in: remote)
    }
    func treeID(at path: String, commit: CommitID, in remote: GitRemote) async throws -> TreeID? {
        try await store.treeID(at: path, commit: commit, in: remote)
    }
    func entries(at path: String, commit: CommitID, in remote: GitRemote) async throws -> [SourceTreeEntry]? {
        try await store.entries(at: path, commit: commit, in: remote)
    }
    func files(under path: String, at commit: CommitID, in remote: GitRemote, pathExtensions: Set<String>?)
        async throws -> [Drivers.RepositoryFile]
    {
        try await store.files(under: path, at: commit, in: remote, pathExtensions: pathExtensions)
    }
    func diff(from: CommitID?, to: CommitID, path: String, in remote: GitRemote, maxPatchBytes: Int) async throws
        -> SourceDiff
    {
        try await store.diff(from: from, to: to, path: path, in: remote, maxPatchBytes: maxPatchBytes)
    }
    func distance(from: CommitID, to: CommitID, in remote: GitRemote) async throws -> CommitDistance {
        try await store.distance(from: from, to: to, in: remote)
    }
    func buildContext(
        at commit: CommitID, path: String, dockerfile: String, generated: String?, in remote: GitRemote,
        logger: Logger
    ) -> any AsyncSequence<[UInt8], any Error> & Sendable {
        store.buildContext(
            at: commit, path: path, dockerfile: dockerfile, generated: generated, in: remote, logger: logger)
    }
    func writeNote(_ text: String, on commit: CommitID, in remote: GitRemote) async throws {
        try await store.writeNote(text, on: commit, in: remote)
    }

    func mirrorBytes(of remote: GitRemote) async throws -> Int { try await store.mirrorBytes(of: remote) }
}

@Suite struct BuildInputResolverTests {
    private static func manifest(_ name: String, repo: String, ref: String = "main", path: String = ".") -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec: {source: {repo: "\(repo)", ref: \(ref), path: \(path)}}
        """
    }

    private static func deployments(_ manifests: [String]) -> [Deployment] {
        let files = manifests.enumerated().map {
            Manifest.SourceFile(path: "d\($0.offset).yaml", contents: Data($0.element.utf8))
        }
        return ManifestParser.parse(files, controller: .default).deployments
    }

    @Test func syncsEachRepositoryOnceAndResolvesEachRefOnce() async throws {
        let app = try GitFixture()
        try app.write("FROM scratch\n", to: "Dockerfile")
        try app.write("FROM scratch\n", to: "api/Dockerfile")
        let main = try app.commitAndPush("app")
        try app.git("tag", "v1")
        try app.commitAndPush("tag v1")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let repositories = CountingRepositories(stateDirectory: state.url)
        let resolver = BuildInputResolver(
            repositories: repositories, engine: DockerTestEnvironment.client(), controller: .default
        )
        let deployments = Self.deployments([
            Self.manifest("one", repo: app.fileURL), Self.manifest("two", repo: app.fileURL),
            Self.manifest("api", repo: app.fileURL, path: "api"), Self.manifest("old", repo: app.fileURL, ref: "v1"),
        ])
        #expect(deployments.count == 4)

        let (resolved, failed) = await resolver.resolve(deployments)
        #expect(failed.isEmpty, "\(failed)")
        #expect(repositories.syncs.withLock { $0 } == [app.fileURL: 1])
        #expect(repositories.resolves.withLock { $0 } == ["\(app.fileURL)@main": 1, "\(app.fileURL)@v1": 1])
        let byName = Dictionary(uniqueKeysWithValues: resolved.map { ($0.name, $0) })
        #expect(byName["old"]?.appCommit == main)
        #expect(byName["one"]?.image == byName["two"]?.image.replacingOccurrences(of: "/two:", with: "/one:"))
        #expect(byName["one"]?.specHash != byName["api"]?.specHash)
        #expect(byName["api"]?.image.hasPrefix("berth/api:") == true)
    }

    @Test func anUnreachableRepositoryFailsOnlyItsDeployments() async throws {
        let app = try GitFixture()
        try app.write("FROM scratch\n", to: "Dockerfile")
        try app.commitAndPush("app")
        let state = try TemporaryDirectory(prefix: "berth-state")
        let resolver = BuildInputResolver(
            repositories: GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test")),
            engine: DockerTestEnvironment.client(), controller: .default
        )
        let (resolved, failed) = await resolver.resolve(
            Self.deployments([
                Self.manifest("good", repo: app.fileURL), Self.manifest("gone", repo: "file:///nonexistent/repo.git"),
                Self.manifest("nopath", repo: app.fileURL, path: "missing"),
            ])
        )
        #expect(resolved.map(\.name) == ["good"])
        #expect(failed["gone"]?.contains("cannot fetch file:///nonexistent/repo.git") == true, "\(failed)")
        #expect(failed["nopath"]?.contains("spec.source.path: missing does not exist") == true, "\(failed)")
    }
}
