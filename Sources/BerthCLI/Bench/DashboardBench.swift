import ArgumentParser
import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import ServiceLifecycle

/// `berth bench dashboard`: the dashboard's overview with many deployments, a run page of a large log, and the
/// delay from a rollout's output line to the browser's live log, all over real HTTP on loopback.
struct DashboardBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Time the dashboard: overview of N deployments (target < 50 ms), live log delay (target < 100 ms).",
        discussion: """
            Serves the dashboard of a history (SQLite in a temp dir) holding N deployments, each with two rollouts and \
            a Ready condition, on a free 127.0.0.1 port, with the deployments' statuses computed as `berth run` \
            computes them from a container list (the list itself is `berth bench docker-list`'s). Reports: \
            overview_ms, the median time of GET / (query, render, HTTP) over --iterations; overview_bytes; \
            run_page_first_byte_ms and run_page_bytes for the run page of a rollout with --log-bytes of output; \
            live_log_ms (median) and live_log_max_ms: from a line handed to the rollout's recorder (as a build \
            prints it) to its arrival on the run's server-sent event stream, over --samples lines.
            """
    )

    @Option(help: "How many deployments the overview shows.")
    var deployments = 500

    @Option(help: "Timed overview requests; the median is reported.")
    var iterations = 30

    @Option(help: "Bytes of output of the large run (100-byte lines).")
    var logBytes = 5_000_000

    @Option(help: "Live log lines timed; the median and the maximum are reported.")
    var samples = 20

    @OptionGroup var options: BenchOutputOptions

    static let quiet = Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() })

    func validate() throws {
        guard deployments > 0, iterations > 0, logBytes >= 0, samples > 0 else {
            throw ValidationError(
                "--deployments, --iterations and --samples must be positive, --log-bytes not negative")
        }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: "/tmp/berth-dashboard-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let history = try History(path: directory.appendingPathComponent("berth.sqlite").path)
        progress("recording \(deployments) deployments in history")
        let containers = try await seed(history)
        let large = try await largeRun(history)
        let actions = BenchDashboardActions(history: history, containers: containers)
        guard let port = PortAllocator(range: 40000...49999).allocate(excluding: []) else {
            throw CommandFailure.failed("no free port in 40000-49999")
        }
        let server = try ControllerHTTPServer(
            listen: "127.0.0.1:\(port)", actions: actions, apiToken: nil, metrics: ControllerMetrics(),
            logger: Self.quiet, dashboard: DashboardSettings(isPublic: true))
        let group = ServiceGroup(services: [server], logger: Self.quiet)
        let serving = Task { try await group.run() }
        defer { serving.cancel() }
        let client = HTTPClient(endpoint: .tcp(host: "127.0.0.1", port: port), logger: Self.quiet)
        try await waitUntilServing(client)

        progress("GET / with \(deployments) deployments, \(iterations) times")
        var overviewBytes = 0
        var overview: [Double] = []
        for round in 0..<(iterations + 3) {
            let (milliseconds, _, bytes) = try await timedGet(client, "/")
            overviewBytes = bytes
            if round >= 3 { overview.append(milliseconds) }
        }
        progress("the run page of a \(logBytes)-byte log")
        var firstByte: [Double] = []
        var pageBytes = 0
        for _ in 0..<5 {
            let (_, first, bytes) = try await timedGet(client, "/runs/\(large)")
            firstByte.append(first)
            pageBytes = bytes
        }
        progress("\(samples) live log lines over server-sent events")
        let live = try await liveLog(history, client: client)
        await group.triggerGracefulShutdown()
        BenchReport(
            bench: "dashboard",
            metrics: [
                ("deployments", Double(deployments)), ("overview_ms", median(overview)),
                ("overview_bytes", Double(overviewBytes)), ("run_log_bytes", Double(logBytes)),
                ("run_page_first_byte_ms", median(firstByte)), ("run_page_bytes", Double(pageBytes)),
                ("live_log_ms", median(live)), ("live_log_max_ms", live.max() ?? 0),
            ]
        ).print(as: options.output)
    }

    /// Two rollouts and a Ready condition per deployment; returns the containers a list would show.
    private func seed(_ history: History) async throws -> [ActualContainer] {
        var containers: [ActualContainer] = []
        for index in 0..<deployments {
            let name = String(format: "app-%04d", index)
            var last: Rollout?
            for attempt in 0..<2 {
                let rollout = try await history.begin(
                    Rollout(
                        deployment: name, generation: 0, configCommit: String(repeating: "c", count: 40),
                        appCommit: String(repeating: "\(attempt)", count: 40), image: "berth/\(name):\(attempt)",
                        specHash: "hash-\(attempt)", strategy: "start-first"),
                    conditions: [
                        Condition(
                            .ready, .true, reason: "RolloutSucceeded", message: "generation \(attempt + 1) serves",
                            observedConfigCommit: String(repeating: "c", count: 40))
                    ])
                try await history.finish(rollout.id!, result: .succeeded)
                last = rollout
            }
            containers.append(
                ActualContainer(
                    id: "id-\(index)", name: "\(name)-\(last!.generation)", deployment: name,
                    generation: last!.generation, specHash: "hash-1", commit: last!.appCommit,
                    configCommit: last!.configCommit, port: 20000 + index, state: .running))
        }
        return containers
    }

    /// A finished rollout with `logBytes` of output in 100-byte lines; returns its id.
    private func largeRun(_ history: History) async throws -> Int64 {
        let rollout = try await history.begin(
            Rollout(
                deployment: "app-0000", generation: 0, configCommit: "c", appCommit: "a", image: "i", specHash: "h",
                strategy: "start-first"))
        let id = rollout.id!
        let lines = (0..<(logBytes / 100)).map { index in
            RolloutLogLine(
                rolloutID: id, stage: "build",
                text: String(format: "step %08d ", index) + String(repeating: "x", count: 86))
        }
        for chunk in stride(from: 0, to: lines.count, by: 5000) {
            try await history.record([], lines: Array(lines[chunk..<min(chunk + 5000, lines.count)]))
        }
        try await history.finish(id, result: .succeeded)
        return id
    }

    /// Milliseconds from each line handed to a running rollout's recorder to its arrival over server-sent events.
    private func liveLog(_ history: History, client: HTTPClient) async throws -> [Double] {
        let rollout = try await history.begin(
            Rollout(
                deployment: "app-0001", generation: 0, configCommit: "c", appCommit: "a", image: "i", specHash: "h",
                strategy: "start-first"))
        let id = rollout.id!
        let recorder = StageRecorder(
            history: history, rolloutID: id, deployment: "app-0001", generation: rollout.generation, progress: { _ in },
            logger: Self.quiet)
        let response = try await client.execute(
            HTTPRequest(method: "GET", target: "/runs/\(id)/events", timeout: .seconds(120)))
        var iterator = response.body.makeAsyncIterator()
        var received = ""
        var delays: [Double] = []
        for sample in 0..<samples {
            let marker = "live sample \(sample) "
            let sent = ContinuousClock.now
            recorder.output(.build, marker)
            while !received.contains(marker) {
                guard let chunk = try await iterator.next() else {
                    throw CommandFailure.failed("the event stream ended")
                }
                received += String(decoding: chunk, as: UTF8.self)
            }
            delays.append((ContinuousClock.now - sent).milliseconds)
            received = ""
            try await Task.sleep(for: .milliseconds(50))
        }
        try await history.finish(id, result: .succeeded)
        while try await iterator.next() != nil {}
        return delays
    }

    /// One GET: the whole time, the time until the answer's head arrived, and the body's size.
    private func timedGet(_ client: HTTPClient, _ target: String) async throws -> (Double, Double, Int) {
        let started = ContinuousClock.now
        let response = try await client.execute(HTTPRequest(method: "GET", target: target, timeout: .seconds(30)))
        let head = ContinuousClock.now
        let body = try await response.body.collect(upTo: 64 << 20)
        guard response.status == 200 else { throw CommandFailure.failed("GET \(target) answered \(response.status)") }
        return ((ContinuousClock.now - started).milliseconds, (head - started).milliseconds, body.count)
    }

    private func waitUntilServing(_ client: HTTPClient) async throws {
        for _ in 0..<100 {
            if (try? await client.execute(HTTPRequest(method: "GET", target: "/healthz", timeout: .seconds(1)))) != nil
            {
                return
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw CommandFailure.failed("the dashboard never answered on loopback")
    }

}

/// What the bench's dashboard reads: a history and the containers a list call would have shown. Only the reads the
/// pages make are answered; the bench asks for no action.
private struct BenchDashboardActions: ControllerActions {
    /// The bench sends no action and no webhook.
    struct NotBenched: Error, CustomStringConvertible {
        var description: String { "berth bench dashboard answers the dashboard's reads only" }
    }

    let history: History
    let containers: [ActualContainer]

    var isReady: Bool { true }

    func summaries() async throws -> [DeploymentSummary] {
        try await DeploymentSummary.current(
            statuses: try await deployments(), declared: [], history: history, configCommitURL: { _ in nil })
    }

    func deployments() async throws -> [DeploymentStatus] {
        DeploymentStatus.all(
            containers: containers, conditions: try await history.conditions(), pins: try await history.pins())
    }

    func history(of deployment: String, limit: Int) async throws -> [Rollout] {
        try await history.rollouts(of: deployment, limit: limit)
    }

    func run(_ id: Int64) async throws -> Rollout? { try await history.rollout(id) }

    func logs(of id: Int64) async throws -> (transitions: [StageTransition], lines: [RolloutLogLine]) {
        (try await history.transitions(of: id), try await history.logLines(of: id))
    }

    func plan(of deployment: String) async -> PlanLine? { nil }
    func configCommitURL(_ commit: String) -> String? { nil }
    func webhook(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) async -> WebhookOutcome {
        .ignored("berth bench dashboard takes no webhooks")
    }
    func sync(_ deployment: String, by actor: String) async -> Bool { false }
    func rollback(_ deployment: String, to generation: Int?, by actor: String) async throws -> Rollout {
        throw NotBenched()
    }
    func unpin(_ deployment: String, by actor: String) async throws -> Bool { throw NotBenched() }
    func suspend(_ deployment: String, by actor: String) async throws -> Bool { throw NotBenched() }
    func resume(_ deployment: String, by actor: String) async throws -> Bool { throw NotBenched() }
    func cancel(_ deployment: String, by actor: String) async -> Bool { false }
    func isRollingOut(_ deployment: String) -> Bool { false }
    func routerStatus() async throws -> RouterStatus { throw NotBenched() }
    func drift() async throws -> DriftReport { throw NotBenched() }
}
