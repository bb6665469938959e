import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite struct GitRemoteTransportTests {
    @Test func gitDaemonListsHeadsWithoutFetchingAndMirrors() async throws {
        let fixture = try GitFixture()
        let head = try fixture.commitAndPush("first")
        try fixture.git("tag", "-a", "-m", "release", "v1")
        try fixture.git("push", "--quiet", "origin", "v1")
        let daemon = try GitDaemon(basePath: fixture.directory.url)
        let remote = GitRemote(url: daemon.url(for: "origin.git"))
        let state = try TemporaryDirectory(prefix: "berth-state")
        let store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))

        let heads = try await store.remoteHeads(of: remote)
        #expect(
            heads == [
                RemoteHead(name: "refs/heads/main", commit: CommitID(hex: head)!),
                RemoteHead(name: "refs/tags/v1", commit: CommitID(hex: head)!),
            ])
        #expect(!FileManager.default.fileExists(atPath: store.mirrorDirectory(for: remote).path))

        #expect(try await store.sync(remote).fetched)
        #expect(!(try await store.sync(remote).fetched))
        #expect(try await store.resolve("v1", in: remote).hex == head)
    }

    @Test func smartHTTPWithTheRightTokenMirrors() async throws {
        let setup = try HTTPSetup(token: "s3cret-token-right")
        let remote = GitRemote(
            url: setup.server.url(for: "origin.git"),
            credentials: .token(
                username: "berth", tokenFile: try setup.tokenFile(containing: "s3cret-token-right\n").path))

        #expect(try await setup.store.remoteHeads(of: remote).map(\.name) == ["refs/heads/main"])
        #expect(try await setup.store.sync(remote).fetched)
        #expect(try await setup.store.resolve("main", in: remote).hex == setup.head)
        #expect(!(try await setup.store.sync(remote).fetched))
    }

    @Test func smartHTTPWithAWrongTokenFailsClearlyWithoutShowingIt() async throws {
        let setup = try HTTPSetup(token: "s3cret-token-right")
        let wrongToken = "wr0ng-token-value"
        let remote = GitRemote(
            url: setup.server.url(for: "origin.git"),
            credentials: .token(username: "berth", tokenFile: try setup.tokenFile(containing: wrongToken).path))

        await #expect {
            try await setup.store.sync(remote)
        } throws: { error in
            let text = "\(error)"
            return (error as? GitError)?.code == .authentication && text.contains("refused user 'berth'")
                && !text.contains(wrongToken) && !text.contains("s3cret")
        }
        await #expect(throws: GitError.self) { try await setup.store.remoteHeads(of: remote) }
    }

    @Test func smartHTTPWithoutCredentialsSaysNoneAreConfigured() async throws {
        let setup = try HTTPSetup(token: "s3cret-token-right")
        let remote = GitRemote(url: setup.server.url(for: "origin.git"))
        await #expect {
            try await setup.store.remoteHeads(of: remote)
        } throws: { error in
            (error as? GitError)?.code == .authentication && "\(error)".contains("none are configured")
        }
    }

    @Test func urlsPrintWithoutUserInfo() {
        #expect("\(GitRemote(url: "https://berth:tok3n@git.example.com/a.git"))" == "https://git.example.com/a.git")
        #expect("\(GitRemote(url: "git@git.example.com:a.git"))" == "git@git.example.com:a.git")
    }
}

/// A bare repository with one commit behind the basic-auth smart-HTTP fixture server.
private struct HTTPSetup {
    let fixture: GitFixture
    let server: GitHTTPServer
    let state: TemporaryDirectory
    let store: GitMirrorStore
    let head: String

    init(token: String) throws {
        fixture = try GitFixture()
        try fixture.write("hello", to: "README")
        head = try fixture.commitAndPush("first")
        server = try GitHTTPServer(projectRoot: fixture.directory.url, username: "berth", token: token)
        state = try TemporaryDirectory(prefix: "berth-state")
        store = GitMirrorStore(stateDirectory: state.url, logger: Logger(label: "test"))
    }

    func tokenFile(containing token: String) throws -> URL {
        try state.write(token, to: "token-\(UUID().uuidString)")
    }
}
