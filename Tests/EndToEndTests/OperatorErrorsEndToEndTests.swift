import Drivers
import Foundation
import Glibc
import Reconciler
import TestSupport
import Testing

/// Errors a person can act on, through the `berth` binary: each names the field, path or URL, says why and what to
/// do; read commands create nothing; `--output json` errors are JSON.
@Suite struct OperatorErrorsEndToEndTests {
    /// What `--output json` prints when a command fails.
    private struct ErrorDocument: Decodable {
        struct Body: Decodable {
            let message: String
            let field: String?
            let path: String?
            let hint: String?
        }

        let schemaVersion: Int
        let error: Body
    }

    @Test func statusWithoutStateCreatesNothingAndExits2WithAHint() throws {
        let directory = try TemporaryDirectory()
        let missing = directory.url.appendingPathComponent("state").path
        for command in [["status"], ["history", "web"], ["logs", "1"], ["rollback", "web", "--unpin"]] {
            let run = try BerthBinary.run(command + ["--state-dir", missing], environment: ["BERTH_CONFIG": nil])
            #expect(run.status == 2, "\(command): \(run)")
            #expect(run.stderr.contains("no berth state in \(missing) (from --state-dir)"), "\(command): \(run)")
            #expect(run.stderr.contains("--config berth.yaml, BERTH_CONFIG="), "\(command): \(run)")
            #expect(!FileManager.default.fileExists(atPath: missing), "\(command) created \(missing)")
        }
    }

    @Test func statusWithNoConfigNeverCreatesTheDefaultStateDir() throws {
        let defaultStateDir = "/var/lib/berth"  // ControllerConfig.default.stateDir
        try #require(
            !FileManager.default.fileExists(atPath: defaultStateDir),
            "this machine has \(defaultStateDir): the test needs a machine without it")
        let run = try BerthBinary.run(["status"], environment: ["BERTH_CONFIG": nil])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("no berth state in \(defaultStateDir)"), "\(run)")
        #expect(run.stderr.contains("no --config, BERTH_CONFIG or --state-dir given"), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: defaultStateDir), "berth status created \(defaultStateDir)")
    }

    @Test func aFailureWithOutputJSONIsAJSONErrorOnStdout() throws {
        let missing = try TemporaryDirectory().url.appendingPathComponent("state").path
        let run = try BerthBinary.run(
            ["status", "--state-dir", missing, "--output", "json"], environment: ["BERTH_CONFIG": nil])
        #expect(run.status == 2, "\(run)")
        let document = try JSONDecoder().decode(ErrorDocument.self, from: Data(run.stdout.utf8))
        #expect(document.schemaVersion == 1)
        #expect(document.error.field == "stateDir" && document.error.path == missing, "\(run)")
        #expect(document.error.hint?.contains("--state-dir") == true, "\(run)")

        let usage = try BerthBinary.run(["plan", "--no-such-flag", "--output", "json"])
        #expect(usage.status == 2, "\(usage)")
        let parsed = try JSONDecoder().decode(ErrorDocument.self, from: Data(usage.stdout.utf8))
        #expect(parsed.error.message.contains("--no-such-flag"), "\(usage)")
    }

    @Test func aMissingConfigFileSaysWhereBerthLookedAndWhatNamedIt() throws {
        let directory = try TemporaryDirectory()
        let run = try BerthBinary.run(["status", "--config", "berth.yml"], in: directory.url)
        #expect(run.status == 2, "\(run)")
        let looked = directory.url.appendingPathComponent("berth.yml").standardizedFileURL.path
        #expect(run.stderr.contains("berth.yml: no such file (from --config); looked for "), "\(run)")
        #expect(run.stderr.contains(looked), "\(run)")
        #expect(!run.stderr.contains("cannot be read"), "\(run)")

        let fromEnvironment = try BerthBinary.run(["plan"], in: directory.url, environment: ["BERTH_CONFIG": "x.yaml"])
        #expect(fromEnvironment.status == 2, "\(fromEnvironment)")
        #expect(fromEnvironment.stderr.contains("x.yaml: no such file (from BERTH_CONFIG)"), "\(fromEnvironment)")
    }

    @Test func berthConfigStandsInForConfig() throws {
        let directory = try TemporaryDirectory()
        let state = directory.url.appendingPathComponent("state").path
        let config = try directory.write(
            "apiVersion: berth/v1\nkind: Controller\nconfigRepo: {url: \"file:///nowhere\"}\nstateDir: \(state)\n",
            to: "berth.yaml")
        let run = try BerthBinary.run(["history", "web"], environment: ["BERTH_CONFIG": config.path])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("no berth state in \(state) (stateDir of \(config.path))"), "\(run)")
    }

    @Test func anUnusableStateDirNamesThePathWhyAndTheSetting() throws {
        let directory = try TemporaryDirectory()
        let file = try directory.write("not a directory", to: "state")
        let run = try BerthBinary.run(["apply", "--repo", directory.url.path, "--state-dir", file.path])
        #expect(run.status == 1, "\(run)")
        #expect(
            run.stderr.contains(
                "state dir \(file.path) (from --state-dir) cannot be used: exists but is not a directory"),
            "\(run)")
        #expect(run.stderr.contains("stateDir in the controller config or --state-dir"), "\(run)")
        #expect(!run.stderr.contains("NSCocoaErrorDomain") && !run.stderr.contains("SQLite error"), "\(run)")

        let notADatabase = directory.url.appendingPathComponent("broken")
        try FileManager.default.createDirectory(at: notADatabase, withIntermediateDirectories: true)
        try Data(repeating: 7, count: 4096).write(to: notADatabase.appendingPathComponent("berth.sqlite"))
        let history = try BerthBinary.run(["history", "web", "--state-dir", notADatabase.path])
        #expect(history.status == 1, "\(history)")
        #expect(history.stderr.contains("\(notADatabase.path)/berth.sqlite is not a berth database"), "\(history)")
    }

    @Test func keygenIntoAMissingDirectoryNamesItAndSaysToCreateIt() throws {
        let missing = try TemporaryDirectory().url.appendingPathComponent("keys").path
        let run = try BerthBinary.run(["secret", "keygen", "--out", missing + "/secret.key"])
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains("directory \(missing) does not exist"), "\(run)")
        #expect(run.stderr.contains("mkdir -p \(missing)"), "\(run)")
    }

    @Test func sealRefusesNamesManifestsRefuse() throws {
        let directory = try TemporaryDirectory()
        let key = directory.url.appendingPathComponent("secret.key").path
        try #require(try BerthBinary.run(["secret", "keygen", "--out", key]).status == 0)
        let badVariable = try BerthBinary.run(
            ["secret", "seal", "--public-key", key + ".pub", "--deployment", "web", "--name", "db_password", "x"])
        #expect(badVariable.status == 2, "\(badVariable)")
        #expect(badVariable.stderr.contains("--name: \"db_password\" is not UPPER_SNAKE_CASE"), "\(badVariable)")
        let badName = try BerthBinary.run(
            ["secret", "seal", "--public-key", key + ".pub", "--deployment", "Web_1", "--name", "DB_PASSWORD", "x"])
        #expect(badName.status == 2, "\(badName)")
        #expect(badName.stderr.contains("--deployment: \"Web_1\" is not a DNS label"), "\(badName)")
        let reserved = try BerthBinary.run(
            ["secret", "seal", "--public-key", key + ".pub", "--deployment", "web", "--name", "PORT", "x"])
        #expect(reserved.status == 2 && reserved.stderr.contains("PORT is set by berth"), "\(reserved)")
    }

    @Test func aTakenListenPortIsNamedWithItsConfigKeyAndNothingElseStarts() throws {
        let held = try HeldPort(address: "127.0.0.1")
        let directory = try TemporaryDirectory()
        let config = try directory.write(
            """
            apiVersion: berth/v1
            kind: Controller
            configRepo: {url: "file:///nowhere"}
            stateDir: \(directory.url.appendingPathComponent("state").path)
            listen: 127.0.0.1:\(held.port)
            """, to: "berth.yaml")
        let run = try BerthBinary.run(["run", "--config", config.path])
        #expect(run.status == 2, "\(run)")
        #expect(
            run.stderr.contains(
                "listen: 127.0.0.1:\(held.port) is already in use (config key listen in \(config.path))"),
            "\(run)")
        #expect(!run.output.contains("CancellationError") && !run.output.contains("errno"), "\(run)")
        #expect(!run.output.contains("cancelled"), "nothing started that had to be cancelled: \(run)")
    }

    @Test func validateCountsInTheRightNumber() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: web}\nspec: {image: \"busybox:1\"}\n",
            to: "web.yaml")
        let one = try BerthBinary.run(["validate", directory.url.path])
        #expect(one.stdout.contains("1 deployment in 1 document is valid"), "\(one)")
        try directory.write(
            "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: api}\nspec: {image: \"busybox:1\"}\n",
            to: "api.yaml")
        let two = try BerthBinary.run(["validate", directory.url.path])
        #expect(two.stdout.contains("2 deployments in 2 documents are valid"), "\(two)")
    }

    @Test func validateConfigChecksConfigRepoAtTheBranchHeadAndSealedBindings() throws {
        let directory = try TemporaryDirectory()
        let key = directory.url.appendingPathComponent("secret.key").path
        try #require(try BerthBinary.run(["secret", "keygen", "--out", key]).status == 0)
        let sealedForAPI = try BerthBinary.run(
            ["secret", "seal", "--public-key", key + ".pub", "--deployment", "api", "--name", "TOKEN", "s3cret"])
        try #require(sealedForAPI.status == 0, "\(sealedForAPI)")
        let repository = try GitFixture()
        try repository.write(
            """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: web}
            spec:
              image: "busybox:1"
              secretEnv: {TOKEN: "\(sealedForAPI.stdout.trimmingCharacters(in: .whitespacesAndNewlines))"}
            """, to: "deployments/web.yaml")
        try repository.commitAndPush("web")
        // The working directory holds something else entirely: validate --config must not read it.
        try directory.write("not: [valid", to: "stray.yaml")
        let config = try directory.write(
            """
            apiVersion: berth/v1
            kind: Controller
            configRepo: {url: "\(repository.fileURL)", branch: main, path: deployments}
            stateDir: \(directory.url.appendingPathComponent("state").path)
            secrets: {keyFile: \(key)}
            """, to: "berth.yaml")
        let run = try BerthBinary.run(["validate", "--config", config.path, "--output", "json"], in: directory.url)
        #expect(run.status == 1, "\(run)")
        let document = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        let diagnostics = try #require(document?["diagnostics"] as? [[String: Any]], "\(run)")
        #expect(diagnostics.count == 1, "\(run)")
        #expect(diagnostics.first?["file"] as? String == "deployments/web.yaml", "\(run)")
        #expect(diagnostics.first?["line"] as? Int == 6 && diagnostics.first?["column"] as? Int == 22, "\(run)")
        #expect(diagnostics.first?["field"] as? String == "spec.secretEnv.TOKEN", "\(run)")
        #expect((diagnostics.first?["message"] as? String)?.contains("does not open as web/TOKEN") == true, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("state").path))
    }
}

/// Host ports held by something else, on the real engine.
@Suite(.enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct HostPortHeldEndToEndTests {
    @Test func aHostPortHeldByAProcessIsNamedAtPlanAndApplyTimeWithItsFieldAndHolder() async throws {
        let held = try HeldPort(address: "0.0.0.0")
        let directory = try TemporaryDirectory(prefix: "berth-e2e")
        let name = "e\(UUID().uuidString.lowercased().prefix(6))-held"
        let manifests = directory.url.appendingPathComponent("manifests")
        try FileManager.default.createDirectory(at: manifests, withIntermediateDirectories: true)
        try """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          image: "\(DockerTestEnvironment.baseImage)"
          command: ["httpd", "-f", "-p", "8080"]
          ports: [{container: 8080, host: \(held.port)}]
        """.write(to: manifests.appendingPathComponent("web.yaml"), atomically: true, encoding: .utf8)
        let state = directory.url.appendingPathComponent("state").path
        let expected =
            "spec.ports[0].host: host port \(held.port) on 0.0.0.0 is already in use by process "
        let plan = try BerthBinary.run(["plan", "--repo", manifests.path, "--state-dir", state])
        #expect(plan.stdout.contains(expected), "\(plan)")
        #expect(plan.stdout.contains("(pid \(getpid())); free it or choose another port"), "\(plan)")
        #expect(!FileManager.default.fileExists(atPath: state), "plan created \(state)")

        let apply = try BerthBinary.run(["apply", "--repo", manifests.path, "--state-dir", state])
        #expect(apply.status == 1, "\(apply)")
        #expect(apply.output.components(separatedBy: expected).count == 2, "reported once: \(apply)")
        #expect(!apply.output.contains("driver failed programming"), "\(apply)")
        let docker = DockerTestEnvironment.client()
        let created = try await docker.listContainers(labels: BerthLabel.owned(by: state))
        #expect(created.isEmpty, "nothing was started")
        for container in created { try? await docker.removeContainer(container.id, force: true, removeVolumes: true) }
    }
}

/// A TCP port this test process listens on, released when the value goes.
final class HeldPort {
    let port: Int
    private let descriptor: Int32

    init(address: String) throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = 0
        inet_pton(AF_INET, address, &socketAddress.sin_addr)
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 1) == 0 else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        port = Int(UInt16(bigEndian: socketAddress.sin_port))
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
