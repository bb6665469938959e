import Foundation
import Testing

@testable import Drivers

@Suite struct KnownHostsTests {
    // Lines written by `ssh-keygen -H` for git.example.com and [git.example.com]:2222 with this key.
    static let keyText = "AAAAC3NzaC1lZDI1NTE5AAAAIIEPp7anJ8618Yd0pz67Lox+xf1hkzF4Mw1UoVOwtsNq"
    static let key = Array(Data(base64Encoded: keyText)!)
    static let otherKey = Array(
        Data(base64Encoded: "AAAAC3NzaC1lZDI1NTE5AAAAIGJlcnRoLXRlc3Qtb3RoZXIta2V5LTEyMzQ1Njc4OTAxMg==")!)
    static let hashedDefaultPort = "|1|DIRvrwOorvC01Q2gyQFSwMFi6ic=|XHPtTen5h3HNFvRy4FxKgn1B5Uk= ssh-ed25519 \(keyText)"
    static let hashedPort2222 = "|1|so1kXr/BIfF7J+7sBXwMRF0eS7g=|2KI0QCBTvE98RH+R2LgHXhaCjGQ= ssh-ed25519 \(keyText)"

    @Test func hashedEntriesMatchTheirHostAndPortOnly() {
        let hosts = KnownHosts(contents: "# comment\n\(Self.hashedDefaultPort)\n\(Self.hashedPort2222)\n")
        #expect(hosts.verify(host: "git.example.com", port: nil, key: Self.key) == .trusted)
        #expect(hosts.verify(host: "GIT.example.com", port: 22, key: Self.key) == .trusted)
        #expect(hosts.verify(host: "git.example.com", port: 2222, key: Self.key) == .trusted)
        #expect(hosts.verify(host: "git.example.com", port: 2200, key: Self.key) == .unknownHost)
        #expect(hosts.verify(host: "other.example.com", port: nil, key: Self.key) == .unknownHost)
        #expect(hosts.verify(host: "git.example.com", port: nil, key: Self.otherKey) == .keyMismatch)
    }

    @Test func plainWildcardNegatedAndRevokedEntries() {
        let hosts = KnownHosts(
            contents: """
                git.example.com,10.0.0.1 ssh-ed25519 \(Self.keyText) comment
                *.internal,!secret.internal ssh-ed25519 \(Self.keyText)
                @revoked * ssh-ed25519 \(Data(Self.otherKey).base64EncodedString())
                @cert-authority *.example.com ssh-ed25519 \(Data(Self.otherKey).base64EncodedString())
                garbage line
                """)
        #expect(hosts.verify(host: "10.0.0.1", port: nil, key: Self.key) == .trusted)
        #expect(hosts.verify(host: "build.internal", port: nil, key: Self.key) == .trusted)
        #expect(hosts.verify(host: "secret.internal", port: nil, key: Self.key) == .unknownHost)
        #expect(hosts.verify(host: "git.example.com", port: nil, key: Self.otherKey) == .revoked)
        #expect(hosts.verify(host: "ci.example.com", port: nil, key: Self.key) == .unknownHost)
    }

    @Test func sshPortsComeFromTheURL() {
        #expect(SSHRemoteURL.port(of: "ssh://git@host:2222/acme/web.git") == 2222)
        #expect(SSHRemoteURL.port(of: "ssh://git@[::1]:2200/acme/web.git") == 2200)
        #expect(SSHRemoteURL.port(of: "ssh://host/acme/web.git") == nil)
        #expect(SSHRemoteURL.port(of: "git@host:acme/web.git") == nil)
    }
}
