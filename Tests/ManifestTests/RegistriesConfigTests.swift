import Foundation
import Manifest
import Testing

/// `registries` in the controller config (DESIGN §14): logins by registry host, every problem at its node.
@Suite struct RegistriesConfigTests {
    private static let head =
        "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: https://git.example.com/a/b.git}\n"

    private static func parse(_ registries: String) throws -> ControllerConfig {
        try ControllerConfig.parse(SourceFile(path: "berth.yaml", contents: Data((head + registries).utf8)))
    }

    /// The diagnostics `registries` gives, as printed (`berth.yaml:LINE:COLUMN: PATH: MESSAGE`).
    private static func problems(_ registries: String) -> [String] {
        do {
            _ = try parse(registries)
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    @Test func loginsAreKeyedByRegistryHost() throws {
        let config = try Self.parse(
            """
            registries:
              "127.0.0.1:5000": {username: ci, passwordFile: /etc/berth/registry-password}
              registry.example.com: {username: deploy, passwordFile: /etc/berth/example-password}
              docker.io: {username: me, passwordFile: /etc/berth/hub-token}
            """)
        #expect(
            config.registries == [
                "127.0.0.1:5000": RegistryConfig(username: "ci", passwordFile: "/etc/berth/registry-password"),
                "registry.example.com": RegistryConfig(username: "deploy", passwordFile: "/etc/berth/example-password"),
                "docker.io": RegistryConfig(username: "me", passwordFile: "/etc/berth/hub-token"),
            ])
    }

    @Test func noRegistriesMeansAnonymousPulls() throws {
        #expect(try Self.parse("").registries.isEmpty)
    }

    @Test func aMissingPasswordFileIsLocatedAtTheEntry() {
        #expect(
            Self.problems("registries:\n  \"127.0.0.1:5000\": {username: ci}\n") == [
                #"berth.yaml:5:21: registries["127.0.0.1:5000"].passwordFile: is required (an absolute path to a file holding the password)"#
            ])
    }

    @Test func aMissingUsernameIsLocatedAtTheEntry() {
        #expect(
            Self.problems("registries:\n  registry.example.com: {passwordFile: /etc/p}\n") == [
                #"berth.yaml:5:25: registries["registry.example.com"].username: is required (the user name to log in to the registry with)"#
            ])
    }

    @Test func anUnknownKeyIsLocatedAndNamed() {
        let problems = Self.problems(
            "registries:\n  registry.example.com: {username: u, passwordFile: /etc/p, password: hunter2}\n")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix(#"berth.yaml:5:61: registries["registry.example.com"].password: unknown field "#) == true, "\(problems)")
        #expect(problems.first?.contains("hunter2") == false, "an unknown key's value is never echoed")
    }

    @Test func aRelativePasswordFileIsRefused() {
        let problems = Self.problems("registries:\n  registry.example.com: {username: u, passwordFile: secrets/p}\n")
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix(#"berth.yaml:5:53: registries["registry.example.com"].passwordFile: "secrets/p""#)
                == true, "\(problems)")
    }

    @Test func aKeyThatIsNoRegistryHostIsRefused() {
        let problems = Self.problems("registries:\n  myregistry: {username: u, passwordFile: /etc/p}\n")
        #expect(problems.count == 1)
        #expect(
            problems.first?.hasPrefix(#"berth.yaml:5:3: registries.myregistry: "myregistry" is not a registry host"#)
                == true, "\(problems)")
    }

    @Test func registriesMustBeAMapping() {
        let problems = Self.problems("registries: [registry.example.com]\n")
        #expect(problems.count == 1)
        #expect(problems.first?.hasPrefix("berth.yaml:4:13: registries: ") == true, "\(problems)")
    }
}

/// Image references taken apart as Docker takes them: the registry a pull goes to and what it asks for.
@Suite struct ImageReferencePartsTests {
    @Test(arguments: [
        ("127.0.0.1:5000/team/app:1", "127.0.0.1:5000", "127.0.0.1:5000/team/app", "1"),
        ("registry.example.com/redis:7.2", "registry.example.com", "registry.example.com/redis", "7.2"),
        ("localhost/app", "localhost", "localhost/app", "latest"),
        ("redis", "docker.io", "redis", "latest"),
        ("library/redis:7", "docker.io", "library/redis", "7"),
        (
            "registry.example.com:443/app:1@sha256:" + String(repeating: "a", count: 64), "registry.example.com:443",
            "registry.example.com:443/app", "sha256:" + String(repeating: "a", count: 64)
        ),
    ])
    func splitsIntoRegistryRepositoryAndTag(reference: String, registry: String, repository: String, tag: String) {
        let parts = ImageReference.parts(of: reference)
        #expect(parts?.registry == registry)
        #expect(parts?.repository == repository)
        #expect(parts?.tagOrDigest == tag)
    }

    @Test func anInvalidReferenceHasNoParts() {
        #expect(ImageReference.parts(of: "Not/Valid:") == nil)
    }
}
