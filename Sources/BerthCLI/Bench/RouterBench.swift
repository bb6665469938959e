import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import Synchronization

/// `berth bench router`: the cutover through Caddy and the requests that fail under load across start-first
/// rollouts, measured in one run against the real engine and a real Caddy.
struct RouterBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "router",
        abstract: """
            Time the cutover through Caddy and count failed requests under load across start-first rollouts \
            (targets: cutover_ms < 50, failed_requests_count = 0).
            """,
        discussion: """
            Starts Debian's Caddy (--caddy) as a child with its admin API and berth's server on free 127.0.0.1 \
            ports, and one deployment `bench-web` of the test base image (berth-test/busybox) on host networking \
            that serves its GREETING at / and ok at /healthz, routed at bench.test with a 300 ms drain. After the \
            first apply a load loop sends --rate requests a second through Caddy (fresh connections, 4 senders, \
            a 2 s limit each) while --rollouts applies each change the greeting, in this process, as `berth apply` \
            does.

            cutover_ms is the median time from the candidate's health check passing to the router serving it \
            (the route switched and read back), cutover_max_ms the slowest; failed_requests_count counts \
            connection errors and non-2xx answers over the whole loop; versions_seen_count the greetings the loop \
            saw in turn (rollouts + 1 when every version served). Needs scripts/bootstrap's caddy and \
            berth-test/busybox. Removes its containers, Caddy and its temp dir at the end.
            """
    )

    @Option(help: "How many start-first rollouts run under load.")
    var rollouts = 20

    @Option(help: "Requests per second through the router.")
    var rate = 210

    @Option(help: "The Caddy binary to run.")
    var caddy = "/usr/bin/caddy"

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard rollouts > 0, rate > 0 else { throw ValidationError("--rollouts and --rate must be positive") }
        guard FileManager.default.isExecutableFile(atPath: caddy) else {
            throw ValidationError("--caddy \(caddy) is not an executable (scripts/bootstrap installs Debian's caddy)")
        }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: "/tmp/berth-router-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let ports = PortAllocator(range: 30000...39999)
        guard let admin = ports.allocate(excluding: []), let http = ports.allocate(excluding: [admin]) else {
            throw CommandFailure.failed("no free port for Caddy in 30000-39999")
        }
        let server = try CaddyChild(binary: caddy, admin: admin, in: directory)
        defer { server.stop() }
        try await server.waitUntilAnswering()

        let repository = try BenchRepositories.repository(
            in: directory, named: "config", files: ["deployments/web.yaml": Self.manifest(greeting: "v0")])
        let controller = try BenchRepositories.controllerConfig(
            repository: repository, in: directory,
            extra: """
                ports: {range: 40000-49999}
                router: {type: caddy, manage: false, admin: "http://127.0.0.1:\(admin)", listen: {http: "127.0.0.1:\(http)"}, tls: {mode: off}}
                """)
        let runtime = try Runtime(controller: controller)
        defer { BenchRepositories.removeContainers(of: runtime) }
        let cutovers = CutoverClock()
        let reconciliation = runtime.reconciliation(BenchRepositories.source(repository)) { cutovers.note($0) }
        if let problem = await reconciliation.prepareRouter() { throw CommandFailure.failed("router: \(problem)") }
        progress("apply v0")
        try await Self.apply(reconciliation)

        let loop = LoadLoop(
            url: "http://127.0.0.1:\(http)/", host: "bench.test", rate: rate, connections: 4, limit: .seconds(3600),
            logger: Logger(label: "berth.bench.router"))
        loop.start()
        for version in 1...rollouts {
            _ = try BenchRepositories.repository(
                in: directory, named: "config", files: ["deployments/web.yaml": Self.manifest(greeting: "v\(version)")])
            progress("apply v\(version) under load")
            try await Self.apply(reconciliation)
        }
        let report = await loop.stop()
        let samples = cutovers.milliseconds
        if report.failed > 0 { progress("failures: \(report.firstFailures.joined(separator: "; "))") }
        BenchReport(
            bench: "router",
            metrics: [
                ("rollouts_count", Double(rollouts)), ("requests_count", Double(report.sent)),
                ("requests_per_second", report.requestsPerSecond),
                ("failed_requests_count", Double(report.failed)),
                ("versions_seen_count", Double(report.bodyTransitions.count)),
                ("cutover_ms", samples.isEmpty ? -1 : median(samples)), ("cutover_max_ms", samples.max() ?? -1),
            ]
        ).print(as: options.output)
    }

    /// The deployment: berth-test/busybox serving `greeting`, routed at bench.test.
    private static func manifest(greeting: String) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: bench-web}
        spec:
          image: berth-test/busybox:latest
          pull: never
          network: host
          init: true
          env: {GREETING: \(greeting)}
          command: [sh, -c, 'mkdir -p /tmp/w; echo "$GREETING" > /tmp/w/index.html; echo ok > /tmp/w/healthz; exec httpd -f -p "$PORT" -h /tmp/w']
          stopGracePeriod: 2s
          health: {http: {path: /healthz}, interval: 100ms, timeout: 1s, startPeriod: 10s, healthyThreshold: 1}
          route: {host: bench.test, drain: 300ms}
        """
    }

    private static func apply(_ reconciliation: Reconciliation) async throws {
        let report = await reconciliation.apply(try await reconciliation.plan(), options: ApplyOptions())
        guard !report.needsAttention else {
            throw CommandFailure.failed(
                "apply failed: " + report.items.map { "\($0.name): \($0.result.rawValue) \($0.message)" }
                    .joined(separator: "; "))
        }
    }
}

/// When each generation's health check passed and when the router was seen serving it (the swap's route line).
private final class CutoverClock: Sendable {
    private let state = Mutex<(healthy: [Int: ContinuousClock.Instant], routed: [Int: ContinuousClock.Instant])>(
        ([:], [:]))

    func note(_ progress: RolloutProgress) {
        let now = ContinuousClock.now
        switch (progress.stage, progress.event) {
        case (.health, .succeeded):
            state.withLock { $0.healthy[progress.generation] = now }
        case (.swap, .output(let line)) where line.hasPrefix("route "):
            state.withLock { $0.routed[progress.generation] = now }
        default:
            break
        }
    }

    /// Healthy-to-routed for every generation that has both.
    var milliseconds: [Double] {
        state.withLock { state in
            state.routed.compactMap { generation, routed in
                state.healthy[generation].map { (routed - $0).milliseconds }
            }
        }
    }
}

/// Caddy as a child process with its admin API on `admin` and its data under `directory`.
private final class CaddyChild: Sendable {
    private let process: Process
    let admin: Int

    init(binary: String, admin: Int, in directory: URL) throws {
        self.admin = admin
        let config = directory.appendingPathComponent("caddy.json")
        try Data(
            #"{"admin":{"listen":"127.0.0.1:\#(admin)"},"apps":{"pki":{"certificate_authorities":{"local":{"install_trust":false}}}}}"#
                .utf8
        ).write(to: config)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["run", "--config", config.path]
        process.environment = ProcessInfo.processInfo.environment.merging([
            "XDG_DATA_HOME": directory.appendingPathComponent("caddy-data").path,
            "XDG_CONFIG_HOME": directory.appendingPathComponent("caddy-config").path,
        ]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// Waits (up to 10 s) until the admin API answers.
    func waitUntilAnswering() async throws {
        let router = CaddyRouter(
            settings: CaddySettings(admin: "http://127.0.0.1:\(admin)", manage: false), logger: Logger(label: "berth.bench"))
        for _ in 0..<100 {
            if (try? await router.routes()) != nil { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw CommandFailure.failed("Caddy's admin API did not answer on 127.0.0.1:\(admin) within 10 s")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}
