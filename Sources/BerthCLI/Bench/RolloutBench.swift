import ArgumentParser
import Drivers
import Foundation
import Manifest
import Reconciler

/// `berth bench rollout`: what berth's apply costs against the raw Engine API on the same workload, in one run.
struct RolloutBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: """
            Time berth's apply of N image deployments against the raw Engine API floor at 8 parallel workers \
            (targets at N=200: up_ratio ≤ 1.15, update1_ms ≤ replace_floor_ms + settle_ms + 150, down_ratio ≤ 1.15, \
            engine_calls_per_rollout_count ≤ 6).
            """,
        discussion: """
            Workload: N deployments of the test base image (berth-test/busybox), each `sleep` under Docker's init
            (`init: true`), no health check, so each rollout waits its settle window (`health.settle`, default 1s).
            Both sides run in this process against the local engine, through a counting proxy on the engine socket,
            and create the same containers (labels, restart policy, log rotation, init).

            Phases, each timed on the monotonic clock:
              up      berth: plan + apply of a config repository with N deployments, from nothing (up_ms);
                      floor: create + start N containers, 8 requests at a time (up_floor_ms).
                      up_ratio = (up_ms - settle_ms) / up_floor_ms: one settle window is the least any first
                      deploy must wait, and the floor waits none.
              update1 berth: one deployment's manifest changed, plan + apply (update1_ms);
                      floor: create + start a new container, stop + remove the old one (replace_floor_ms).
              down    berth: every manifest removed, apply --prune --allow-empty (down_ms);
                      floor: stop + remove N containers, 8 at a time (down_floor_ms); down_ratio = down_ms / floor.
            engine_calls_per_rollout_count is the requests the proxy saw during berth's up phase divided by N (the
            pass's own list and image inspect included); engine_calls_update1_count is the update's total.

            Needs scripts/bootstrap's berth-test/busybox image. Removes its containers and temp dir at the end.
            """
    )

    @Option(help: "How many deployments.")
    var deployments = 200

    @Option(name: .customLong("floor-workers"), help: "Requests in flight on the floor's side.")
    var floorWorkers = 8

    @Option(help: "The engine socket to measure against.")
    var engine = "/var/run/docker.sock"

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard deployments > 0, floorWorkers > 0 else {
            throw ValidationError("--deployments and --floor-workers must be positive")
        }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: "/tmp/berth-rollout-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let proxy = try EngineSocketProxy(path: directory.appendingPathComponent("engine.sock").path, target: engine)
        defer { proxy.close() }
        let repository = try BenchRepositories.repository(
            in: directory, named: "config", files: Dictionary(uniqueKeysWithValues: (0..<deployments).map { index in
                ("deployments/\(Self.name(index)).yaml", Self.manifest(index, revision: 1))
            })
        )
        let controller = try BenchRepositories.controllerConfig(
            repository: repository, in: directory, extra: "docker: {host: \"unix://\(proxy.path)\"}")
        let runtime = try Runtime(controller: controller)
        let floorLabel = ["berth.bench.floor": directory.path]
        defer {
            BenchRepositories.removeContainers(of: runtime)
            let (docker, labels) = (runtime.engine, floorLabel)
            let done = DispatchSemaphore(value: 0)
            Task {
                await BenchRepositories.removeContainers(labeled: labels, from: docker)
                done.signal()
            }
            done.wait()
        }
        let floor = EngineFloor(docker: runtime.engine, labels: floorLabel, workers: floorWorkers)
        _ = try await runtime.engine.listContainers(labels: floorLabel)  // settles the API version
        _ = proxy.takeCounts()

        progress("floor: create + start \(deployments) containers, \(floorWorkers) at a time")
        let upFloor = try await measureMilliseconds { try await floor.up((0..<deployments).map { "floor-\($0)" }) }
        progress("floor: stop + remove them")
        let downFloor = try await measureMilliseconds { try await floor.down((0..<deployments).map { "floor-\($0)" }) }
        try await floor.up(["floor-old"])
        let replaceFloor = try await measureMilliseconds {
            try await floor.up(["floor-new"])
            try await floor.down(["floor-old"])
        }
        try await floor.down(["floor-new"])
        _ = proxy.takeCounts()

        let reconciliation = runtime.reconciliation(BenchRepositories.source(repository)) { _ in }
        progress("berth: apply \(deployments) deployments from nothing")
        let up = try await measureMilliseconds {
            try await BenchRepositories.apply(reconciliation, expecting: deployments, .succeeded)
        }
        let upCalls = proxy.takeCounts()

        _ = try BenchRepositories.repository(
            in: directory, named: "config", files: ["deployments/\(Self.name(0)).yaml": Self.manifest(0, revision: 2)])
        progress("berth: apply one changed deployment")
        let update = try await measureMilliseconds {
            try await BenchRepositories.apply(reconciliation, expecting: 1, .succeeded)
        }
        let updateCalls = proxy.takeCounts()

        try FileManager.default.removeItem(at: directory.appendingPathComponent("config-work/deployments"))
        _ = try BenchRepositories.repository(
            in: directory, named: "config", files: ["deployments/README.md": "Every deployment was removed.\n"])
        progress("berth: apply --prune --allow-empty of an empty repository")
        let down = try await measureMilliseconds {
            try await BenchRepositories.apply(reconciliation, expecting: deployments, .pruned, prune: true)
        }
        let breakdown = upCalls.sorted { $0.value > $1.value }.map { "\($0.key) ×\($0.value)" }
        progress("engine calls during berth's up phase: " + breakdown.joined(separator: ", "))

        let settle = HealthCheck.defaultSettle.milliseconds
        BenchReport(
            bench: "rollout",
            metrics: [
                ("deployments", Double(deployments)), ("settle_ms", settle),
                ("up_ms", up), ("up_floor_ms", upFloor), ("up_ratio", (up - settle) / upFloor),
                ("update1_ms", update), ("replace_floor_ms", replaceFloor),
                ("down_ms", down), ("down_floor_ms", downFloor), ("down_ratio", down / downFloor),
                ("engine_calls_per_rollout_count", Double(upCalls.values.reduce(0, +)) / Double(deployments)),
                ("engine_calls_update1_count", Double(updateCalls.values.reduce(0, +))),
            ]
        ).print(as: options.output)
    }

    private static func name(_ index: Int) -> String { String(format: "bench-%04d", index) }

    /// One deployment's manifest; a new `revision` changes its spec hash.
    private static func manifest(_ index: Int, revision: Int) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name(index))}
        spec:
          image: berth-test/busybox:latest
          pull: never
          init: true
          command: [sleep, "86400"]
          env: {INDEX: "\(index)", REVISION: "\(revision)"}
        """
    }
}

/// The raw Engine API side of `berth bench rollout`: the calls any tool must make, `workers` at a time, creating
/// containers like berth's (labels, restart policy, log rotation, init) and nothing else.
private struct EngineFloor {
    let docker: DockerClient
    let labels: [String: String]
    let workers: Int

    /// Creates and starts a container per name.
    func up(_ names: [String]) async throws {
        try await forEach(names) { name in
            var spec = ContainerSpec(name: "berth-bench-\(name)", image: "berth-test/busybox:latest")
            spec.labels = labels
            spec.command = ["sleep", "86400"]
            spec.restartPolicy = .unlessStopped
            spec.runsInit = true
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
        }
    }

    /// Stops and removes the container of each name.
    func down(_ names: [String]) async throws {
        try await forEach(names) { name in
            try await docker.stopContainer("berth-bench-\(name)", timeout: .seconds(10))
            try await docker.removeContainer("berth-bench-\(name)", force: false, removeVolumes: false)
        }
    }

    private func forEach(_ names: [String], _ body: @escaping @Sendable (String) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, name) in names.enumerated() {
                if index >= workers { try await group.next() }
                group.addTask { try await body(name) }
            }
            try await group.waitForAll()
        }
    }
}
