import Drivers
import Foundation
import Logging
import TestSupport
import Testing

@Suite(.enabled(if: GitSSHServer.isAvailable, "no OpenSSH server on this machine (Debian: openssh-server)"))
struct GitSSHTransportTests {
    let fixture: GitFixture
    let server: GitSSHServer
    let store: GitMirrorStore
    let head: String

    init() throws {
        fixture = try GitFixture()
        head = try fixture.commitAndPush("first")
        server = try GitSSHServer(directory: fixture.directory.url)
        store = GitMirrorStore(
            stateDirectory: fixture.directory.url.appendingPathComponent("state"), logger: Logger(label: "test"))
    }

    /// A remote using the server's client key and a known_hosts file with `lines`.
    private func remote(knownHosts lines: String) throws -> GitRemote {
        let file = try fixture.directory.write(lines, to: "known_hosts-\(UUID().uuidString)")
        return GitRemote(
            url: server.url(for: fixture.bare),
            credentials: .sshKey(
                username: nil, privateKeyFile: server.clientKey.path, publicKeyFile: nil, knownHostsFile: file.path))
    }

    @Test func aHostKeyListedInKnownHostsIsTrustedAndTheKeyLogsIn() async throws {
        let remote = try remote(knownHosts: "[127.0.0.1]:\(server.port) \(server.hostKey)\n")
        #expect(
            try await store.remoteHeads(of: remote) == [
                RemoteHead(name: "refs/heads/main", commit: CommitID(hex: head)!)
            ])
        #expect(try await store.sync(remote).fetched)
        #expect(try await store.resolve("main", in: remote).hex == head)
    }

    @Test func hashedKnownHostsEntriesAreUnderstood() async throws {
        let plain = try fixture.directory.write(
            "[127.0.0.1]:\(server.port) \(server.hostKey)\n", to: "plain_known_hosts")
        try GitCommand.run("/usr/bin/ssh-keygen", ["-H", "-f", plain.path])
        let hashed = try String(contentsOf: plain, encoding: .utf8)
        #expect(hashed.hasPrefix("|1|"))
        #expect(try await store.remoteHeads(of: try remote(knownHosts: hashed)).count == 1)
    }

    @Test func anotherKeyForTheHostIsRefused() async throws {
        let other = try GitSSHServer(
            directory: fixture.directory.url.appendingPathComponent("other").creatingDirectory())
        let remote = try remote(knownHosts: "[127.0.0.1]:\(server.port) \(other.hostKey)\n")
        await #expect {
            try await store.remoteHeads(of: remote)
        } throws: { error in
            (error as? GitError)?.code == .certificate && "\(error)".contains("does not match")
        }
    }

    @Test func anUnlistedHostIsRefused() async throws {
        let remote = try remote(knownHosts: "[127.0.0.1]:1 \(server.hostKey)\n")
        await #expect {
            try await store.remoteHeads(of: remote)
        } throws: { error in
            (error as? GitError)?.code == .certificate && "\(error)".contains("is not listed")
        }
    }
}

extension URL {
    fileprivate func creatingDirectory() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
