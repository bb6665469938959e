import ArgumentParser
import Drivers
import Foundation
import Manifest
import Reconciler

/// `berth bench drift`: a full field-level drift scan against the engine's own cost of inspecting the same
/// containers, in one run.
struct DriftBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Time a field-level drift scan of N deployments against inspecting them raw (target ratio ≤ 1.3).",
        discussion: """
            Applies N image deployments of the test base image (berth-test/busybox) with berth, so each generation \
            has its create record, then alternates, --iterations times each: a full scan (scan_ms: the container \
            list, one inspect per container, the records from history, image inspects, the volume list, the \
            comparison) and the floor (inspect_floor_ms: the list of the controller's containers and one inspect \
            of each, as many in flight as the scan allows). Reports the medians and ratio = scan_ms / \
            inspect_floor_ms, plus findings_count (0: nothing drifted). Needs scripts/bootstrap's image; removes \
            its containers and temp dir at the end.
            """
    )

    @Option(help: "How many deployments.")
    var deployments = 200

    @Option(help: "Timed scans (and floors); the median is reported.")
    var iterations = 7

    @Option(help: "Inspects in flight at once, on both sides.")
    var concurrency = 16

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard deployments > 0, iterations > 0, concurrency > 0 else {
            throw ValidationError("--deployments, --iterations and --concurrency must be positive")
        }
    }

    func run() async throws {
        let directory = URL(fileURLWithPath: "/tmp/berth-drift-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let repository = try BenchRepositories.repository(
            in: directory, named: "config",
            files: Dictionary(uniqueKeysWithValues: (0..<deployments).map { index in
                ("deployments/\(Self.name(index)).yaml", Self.manifest(index))
            }))
        let controller = try BenchRepositories.controllerConfig(repository: repository, in: directory)
        let runtime = try Runtime(controller: controller)
        defer { BenchRepositories.removeContainers(of: runtime) }

        progress("berth: apply \(deployments) deployments")
        let reconciliation = runtime.reconciliation(BenchRepositories.source(repository)) { _ in }
        let pass = try await reconciliation.plan()
        let report = await reconciliation.apply(pass, options: ApplyOptions())
        let failed = report.items.filter { $0.result != .succeeded }
        guard failed.isEmpty else {
            throw CommandFailure.failed(
                "apply: " + failed.prefix(3).map { "\($0.name): \($0.result.rawValue) \($0.message)" }
                    .joined(separator: "; "))
        }
        let declared = DriftScanner.declared(in: pass.desired)
        let scanner = DriftScanner(
            engine: runtime.engine, history: runtime.history, stateDir: controller.stateDir, concurrency: concurrency)
        let labels = BerthLabel.owned(by: controller.stateDir)
        let (engine, concurrency) = (runtime.engine, concurrency)

        _ = try await scanner.scan(declared: declared)  // warm both paths once
        var scans: [Double] = []
        var floors: [Double] = []
        var findings = 0
        progress("timing \(iterations) scans and floors")
        for _ in 0..<iterations {
            floors.append(
                try await measureMilliseconds {
                    let containers = try await engine.listContainers(labels: labels)
                    try await withThrowingTaskGroup(of: Void.self) { group in
                        for (index, container) in containers.enumerated() {
                            if index >= concurrency { try await group.next() }
                            group.addTask { _ = try await engine.inspectContainer(container.id) }
                        }
                        try await group.waitForAll()
                    }
                })
            scans.append(
                try await measureMilliseconds {
                    findings = try await scanner.scan(declared: declared).findings.count
                })
        }
        let scan = median(scans)
        let floor = median(floors)
        BenchReport(
            bench: "drift",
            metrics: [
                ("deployments", Double(deployments)), ("scan_ms", scan), ("inspect_floor_ms", floor),
                ("ratio", scan / floor), ("findings_count", Double(findings)),
            ]
        ).print(as: options.output)
    }

    private static func name(_ index: Int) -> String { String(format: "drift-%04d", index) }

    private static func manifest(_ index: Int) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name(index))}
        spec:
          image: berth-test/busybox:latest
          pull: never
          init: true
          command: [sleep, "86400"]
          env: {INDEX: "\(index)"}
          resources: {memory: 64Mi}
        """
    }
}
