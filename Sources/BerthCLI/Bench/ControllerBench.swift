import ArgumentParser
import Crypto
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

#if canImport(Glibc)
    import Glibc
#endif

/// `berth bench controller`: idle memory of `berth run` managing N in-sync deployments, and how soon a push webhook
/// starts a rollout.
struct ControllerBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "controller",
        abstract: "Idle RSS of berth run with N in-sync deployments, and webhook-to-rollout latency (targets: < 40 MB, < 50 ms).",
        discussion: """
            Sets up a config repository with N sleep deployments plus one built from an app repository, applies it,
            then starts `berth run` as a child process on a free 127.0.0.1 port. idle_rss_bytes is the child's
            VmRSS after its first pass and a few idle seconds; idle_anon_rss_bytes is the part that is not shared
            file pages of the binary and its libraries (RssAnon). Then, --pushes times: a commit to the app
            repository and a signed GitHub push webhook for it; webhook_to_start_ms (median) is the time from the
            202 answer to the child logging that the rollout's first stage started. Cleans up after itself.

            The child is this binary: measure the build operators install, `swift build -c release`.
            """
    )

    @Option(help: "How many in-sync deployments the controller manages.")
    var deployments = 200

    @Option(help: "Timed webhook pushes; the median is reported.")
    var pushes = 5

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard deployments >= 0, pushes > 0 else { throw ValidationError("--deployments ≥ 0 and --pushes > 0") }
    }

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = try BenchRepositories.repository(in: directory, named: "app", files: Self.appFiles(version: 0))
        let config = try BenchRepositories.configRepository(
            in: directory, deployments: deployments,
            extra: ["app.yaml": Self.appManifest(repository: "file://\(app.path)")]
        )
        let secret = "bench-webhook-secret"
        let secretFile = directory.appendingPathComponent("webhook-secret")
        try Data(secret.utf8).write(to: secretFile)
        let port = try Self.freePort()
        let controllerFile = directory.appendingPathComponent("berth.yaml")
        try Data(
            """
            apiVersion: berth/v1
            kind: Controller
            configRepo: {url: "file://\(config.path)", branch: main, path: deployments}
            stateDir: \(directory.appendingPathComponent("state").path)
            workers: 16
            interval: 10m
            listen: 127.0.0.1:\(port)
            webhook: {secretFile: \(secretFile.path)}
            review: {minimumPolicy: off}
            """.utf8
        ).write(to: controllerFile)
        let controller = try StateOptions.controller(at: controllerFile.path, stateDir: nil)
        let runtime = try Runtime(controller: controller)
        defer { BenchRepositories.removeContainers(of: runtime) }

        FileHandle.standardError.write(Data("bench: starting \(deployments + 1) containers\n".utf8))
        let reconciliation = runtime.reconciliation(StateOptions.source(controller.configRepo!, controller: controller)) { _ in }
        let report = await reconciliation.apply(try await reconciliation.plan(), options: ApplyOptions())
        guard report.items.allSatisfy({ $0.result == .succeeded }) else {
            throw CommandFailure.failed("setup apply failed: \(report.items.filter { $0.result != .succeeded }.prefix(3).map(\.message))")
        }

        let child = try ChildProcess(["run", "--config", controllerFile.path, "--log-format", "json"])
        defer { child.stop() }
        guard try await child.waitForLine(containing: "pass at", timeout: .seconds(60)) != nil else {
            throw CommandFailure.failed("berth run did not finish its first pass: \(child.output.suffix(2000))")
        }
        try await Task.sleep(for: .seconds(3))
        let rss = child.status("VmRSS")
        let anonymous = child.status("RssAnon")

        let hooks = HTTPClient(
            endpoint: .tcp(host: "127.0.0.1", port: port), connectTimeout: .seconds(2),
            logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        var latencies: [Double] = []
        for push in 1...pushes {
            _ = try BenchRepositories.repository(in: directory, named: "app", files: Self.appFiles(version: push))
            let marker = child.lineCount
            let body = Array(Self.pushPayload(repository: "file://\(app.path)").utf8)
            let signature = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
            let response = try await hooks.execute(
                HTTPRequest(
                    method: "POST", target: "/hooks/github",
                    headers: [
                        ("Content-Type", "application/json"), ("X-GitHub-Event", "push"),
                        ("X-Hub-Signature-256", "sha256=" + signature.lowercaseHex),
                    ],
                    body: .bytes(body), timeout: .seconds(5)
                )
            )
            let accepted = ContinuousClock.now
            _ = try? await response.body.collect(upTo: 4096)
            guard response.status == 202 else { throw CommandFailure.failed("webhook answered \(response.status)") }
            guard let started = try await child.waitForLine(containing: "resolve started", after: marker, timeout: .seconds(30))
            else { throw CommandFailure.failed("no rollout started after push \(push): \(child.output.suffix(2000))") }
            latencies.append((started - accepted).milliseconds)
            guard try await child.waitForLine(containing: "report done", after: marker, timeout: .seconds(60)) != nil else {
                throw CommandFailure.failed("rollout \(push) did not finish: \(child.output.suffix(2000))")
            }
        }
        BenchReport(
            bench: "controller",
            metrics: [
                ("deployments", Double(deployments)), ("idle_rss_bytes", Double(rss)),
                ("idle_anon_rss_bytes", Double(anonymous)),
                ("webhook_to_start_ms", median(latencies)),
            ]
        ).print(as: options.output)
    }

    private static func appFiles(version: Int) -> [String: String] {
        [
            "Dockerfile": "FROM berth-test/busybox:latest\nCOPY version /version\nCMD [\"sleep\", \"86400\"]\n",
            "version": "\(version)\n",
        ]
    }

    private static func appManifest(repository: String) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: bench-app}
        spec:
          source: {repo: "\(repository)", ref: main}
          review: {policy: off}
          network: host
          stopGracePeriod: 1s
        """
    }

    private static func pushPayload(repository: String) -> String {
        #"{"ref":"refs/heads/main","after":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","repository":{"clone_url":"\#(repository)"}}"#
    }

    private static func freePort() throws -> Int {
        guard let port = PortAllocator(range: 40000...49999).allocate(excluding: []) else {
            throw CommandFailure.failed("no free port in 40000-49999")
        }
        return port
    }
}

/// `berth` itself started as a child process, its stderr read line by line with the time each line arrived.
private final class ChildProcess: @unchecked Sendable {
    private let process = Process()
    private let lock = NSLock()
    private var lines: [(at: ContinuousClock.Instant, text: String)] = []
    private var partial = ""

    init(_ arguments: [String]) throws {
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let data = handle.availableData
            guard let self, !data.isEmpty else { return }
            let now = ContinuousClock.now
            lock.withLock {
                partial += String(decoding: data, as: UTF8.self)
                while let newline = partial.firstIndex(of: "\n") {
                    lines.append((now, String(partial[..<newline])))
                    partial = String(partial[partial.index(after: newline)...])
                }
            }
        }
        try process.run()
    }

    var lineCount: Int { lock.withLock { lines.count } }
    var output: String { lock.withLock { lines.map(\.text).joined(separator: "\n") } }

    /// When the first line after index `after` containing `text` arrived; nil after `timeout`.
    func waitForLine(containing text: String, after: Int = 0, timeout: Duration) async throws -> ContinuousClock.Instant? {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let found = lock.withLock { lines.dropFirst(after).first { $0.text.contains(text) }?.at }
            if let found { return found }
            try await Task.sleep(for: .milliseconds(5))
        }
        return nil
    }

    /// A `kB` field of /proc/<pid>/status (`VmRSS`, `RssAnon`), in bytes.
    func status(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)
        else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
        }
        return 0
    }

    func stop() {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
    }
}
