import Crypto
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler

/// A `berth run` child process for the benchmarks that drive one, with what it manages: a config repository of
/// N in-sync sleep deployments plus `bench-app`, which is built from an app repository. Everything is applied
/// before the child starts, so its first pass finds nothing to do. Pushes reach it as signed GitHub push webhooks
/// on a free 127.0.0.1 port.
///
/// ```swift
/// try await BenchController.with(deployments: 10) { controller in
///     try await controller.pushAppCommit()       // a rollout of bench-app starts
/// }
/// ```
final class BenchController {
    /// The deployment built from the app repository.
    static let appName = "bench-app"

    /// The child, started once the first apply succeeded.
    let child: ChildProcess
    private let directory: URL
    private let app: URL
    private let config: URL
    private let secret: String
    private let hooks: HTTPClient
    private var appVersion = 0

    private init(child: ChildProcess, directory: URL, app: URL, config: URL, secret: String, port: Int) {
        self.child = child
        self.directory = directory
        self.app = app
        self.config = config
        self.secret = secret
        hooks = HTTPClient(
            endpoint: .tcp(host: "127.0.0.1", port: port), connectTimeout: .seconds(2),
            logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    /// Sets up the repositories in a temp directory, applies them (N + 1 containers), starts `berth run` and waits
    /// for its first pass; runs `body`, then stops the child and removes its containers and the directory.
    /// - Parameter preload: a shared library the child loads first (a heap profiler's).
    static func with<Result>(
        deployments: Int, preload: String? = nil, _ body: (BenchController) async throws -> Result
    ) async throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let app = try BenchRepositories.repository(in: directory, named: "app", files: appFiles(version: 0))
        let config = try BenchRepositories.configRepository(
            in: directory, deployments: deployments, extra: ["app.yaml": appManifest(repository: "file://\(app.path)")]
        )
        let secret = "bench-webhook-secret"
        let secretFile = directory.appendingPathComponent("webhook-secret")
        try Data(secret.utf8).write(to: secretFile)
        guard let port = PortAllocator(range: 40000...49999).allocate(excluding: []) else {
            throw CommandFailure.failed("no free port in 40000-49999")
        }
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

        let child = try ChildProcess(["run", "--config", controllerFile.path, "--log-format", "json"], preload: preload)
        defer { child.stop() }
        guard try await child.waitForLine(containing: "pass at", timeout: .seconds(60)) != nil else {
            throw CommandFailure.failed("berth run did not finish its first pass: \(child.output.suffix(2000))")
        }
        let controllerProcess = BenchController(
            child: child, directory: directory, app: app, config: config, secret: secret, port: port
        )
        return try await body(controllerProcess)
    }

    /// Commits a new version to the app repository and sends its push webhook: the child rolls `bench-app` out.
    /// - Returns: when the child answered 202.
    @discardableResult
    func pushAppCommit() async throws -> ContinuousClock.Instant {
        appVersion += 1
        _ = try BenchRepositories.repository(in: directory, named: "app", files: Self.appFiles(version: appVersion))
        return try await sendPush(repository: app)
    }

    /// Sends a push webhook for the config repository without committing: the child runs a pass that finds
    /// everything in sync.
    func pushConfig() async throws {
        try await sendPush(repository: config)
    }

    /// A signed GitHub push webhook for `main` of `repository`; throws unless the child answers 202.
    @discardableResult
    private func sendPush(repository: URL) async throws -> ContinuousClock.Instant {
        let payload = #"{"ref":"refs/heads/main","after":"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa","#
            + #""repository":{"clone_url":"file://\#(repository.path)"}}"#
        let body = Array(payload.utf8)
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
        return accepted
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
        metadata: {name: \(appName)}
        spec:
          source: {repo: "\(repository)", ref: main}
          review: {policy: off}
          network: host
          stopGracePeriod: 1s
        """
    }
}
