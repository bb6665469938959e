import Drivers
import Foundation
import Manifest
import Reconciler
import TestSupport
import Testing

/// Which `registries` entry a pull logs in with, and how its password file is read.
@Suite struct RegistryLoginTests {
    private static func controller(_ entries: [String: String], in directory: TemporaryDirectory) throws
        -> ControllerConfig
    {
        var controller = ControllerConfig()
        for (host, password) in entries {
            let file = try directory.write(password, to: "password-\(host)").path
            controller.registries[host] = RegistryConfig(username: "user-\(host)", passwordFile: file)
        }
        return controller
    }

    @Test(arguments: [
        ("127.0.0.1:5000/team/app:1", "127.0.0.1:5000"),
        ("registry.example.com/app", "registry.example.com"),
        ("redis:7", "docker.io"),
        ("library/redis", "docker.io"),
    ])
    func theEntryIsChosenByTheReferencesRegistryHost(reference: String, host: String) throws {
        let directory = try TemporaryDirectory()
        let controller = try Self.controller(
            ["127.0.0.1:5000": "a", "registry.example.com": "b", "docker.io": "c"], in: directory)
        let auth = try #require(try RegistryLogin.auth(for: reference, in: controller))
        #expect(auth.username == "user-\(host)" && auth.serverAddress == host)
    }

    @Test func aHostWithoutAnEntryPullsAnonymously() throws {
        let directory = try TemporaryDirectory()
        let controller = try Self.controller(["127.0.0.1:5000": "a"], in: directory)
        #expect(try RegistryLogin.auth(for: "127.0.0.1:5001/app:1", in: controller) == nil)
        #expect(try RegistryLogin.auth(for: "redis", in: controller) == nil)
    }

    @Test func theFileIsReadAtUseTimeWithoutItsTrailingNewline() throws {
        let directory = try TemporaryDirectory()
        let controller = try Self.controller(["127.0.0.1:5000": "first\n"], in: directory)
        let expected = RegistryAuth(username: "user-127.0.0.1:5000", password: "first", serverAddress: "127.0.0.1:5000")
        #expect(try RegistryLogin.auth(for: "127.0.0.1:5000/app:1", in: controller)?.matches(expected) == true)
        try directory.write("rotated\n", to: "password-127.0.0.1:5000")
        let rotated = RegistryAuth(username: expected.username, password: "rotated", serverAddress: "127.0.0.1:5000")
        #expect(try RegistryLogin.auth(for: "127.0.0.1:5000/app:1", in: controller)?.matches(rotated) == true)
    }

    @Test func anEmptyFileIsAnErrorNamingTheKeyAndPath() throws {
        let directory = try TemporaryDirectory()
        let controller = try Self.controller(["127.0.0.1:5000": "\n"], in: directory)
        let path = directory.url.appendingPathComponent("password-127.0.0.1:5000").path
        #expect {
            try RegistryLogin.auth(for: "127.0.0.1:5000/app:1", in: controller)
        } throws: { error in
            "\(error)" == "registries[\"127.0.0.1:5000\"].passwordFile: \(path) is empty; put the registry password in it"
        }
    }
}
