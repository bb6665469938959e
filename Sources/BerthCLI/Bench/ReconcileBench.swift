import ArgumentParser
import Drivers
import Foundation
import Manifest
import Reconciler
import Synchronization

/// `berth bench reconcile`: a no-op pass over N in-sync deployments against the floor of what any pass must do.
struct ReconcileBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Time a no-op reconcile pass over N in-sync deployments against its floor (targets: ratio ≤ 1.5, pass_ms < 150).",
        discussion: """
            Sets up a config repository (a bare git repository in a temp dir) with N deployments of the test
            base image (sleep containers on host networking), applies it once on the local engine, then times
            passes that find everything in sync: desired state read from the repository at its branch head,
            actual state from one labelled list call, sources resolved, plan computed. The floor, measured in the
            same run, is one remote-head check of the config repository plus one labelled list call.
            Metrics (medians): pass_ms, floor_ms, ratio = pass_ms / floor_ms; setup_ms is the first apply.
            After the apply it plans the way `berth run` does when every deployment needs work — one pass, then
            each deployment's queued job planning itself from that pass — and counts what that cost:
            plan_engine_calls_count (engine API calls), plan_listed_containers_count (containers the list calls
            returned) and planned_deployments_count (deployments resolved and planned, pass and jobs together).
            All three grow linearly with N (a job re-reads only its own deployment); jobs_plan_ms is their time.
            Removes its containers and temp dir at the end. Needs scripts/bootstrap's berth-test/busybox image.
            """
    )

    @Option(help: "How many deployments (and running containers).")
    var deployments = 200

    @Option(help: "Timed passes; the median is reported.")
    var iterations = 15

    @Option(help: "Rollouts at a time while setting up.")
    var workers = 16

    @OptionGroup var options: BenchOutputOptions

    func validate() throws {
        guard deployments > 0, iterations > 0, workers > 0 else {
            throw ValidationError("--deployments, --iterations and --workers must be positive")
        }
    }

    func run() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("berth-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let repository = try BenchRepositories.configRepository(in: directory, deployments: deployments)
        let controller = try BenchRepositories.controllerConfig(
            repository: repository, in: directory, extra: "workers: \(workers)")
        let runtime = try Runtime(controller: controller)
        defer { BenchRepositories.removeContainers(of: runtime) }
        let source = BenchRepositories.source(repository)
        let reconciliation = runtime.reconciliation(source) { _ in }

        FileHandle.standardError.write(Data("bench: starting \(deployments) containers\n".utf8))
        let setup = try await measureMilliseconds {
            let report = await reconciliation.apply(try await reconciliation.plan(), options: ApplyOptions())
            let failed = report.items.filter { $0.result != .succeeded }
            guard failed.isEmpty else {
                throw CommandFailure.failed("setup apply failed: \(failed.prefix(3).map { "\($0.name): \($0.message)" })")
            }
        }
        let jobs = try await Self.countJobPlanning(runtime: runtime, source: source)
        var passes: [Double] = []
        var floors: [Double] = []
        for round in 0...iterations {  // round 0 warms caches and is not counted
            let pass = try await measureMilliseconds {
                let plan = try await reconciliation.plan().plan
                guard plan.entries.allSatisfy({ $0.action == .inSync }) else {
                    throw CommandFailure.failed("a pass found work to do: not a no-op pass")
                }
            }
            let floor = try await measureMilliseconds {
                _ = try await runtime.repositories.remoteHeads(of: GitRemote(url: "file://\(repository.path)"))
                _ = try await runtime.engine.listContainers(labels: BerthLabel.owned(by: controller.stateDir))
            }
            if round > 0 {
                passes.append(pass)
                floors.append(floor)
            }
        }
        let pass = median(passes)
        let floor = median(floors)
        BenchReport(
            bench: "reconcile",
            metrics: [
                ("deployments", Double(deployments)), ("pass_ms", pass), ("floor_ms", floor), ("ratio", pass / floor),
                ("setup_ms", setup), ("plan_engine_calls_count", Double(jobs.engineCalls)),
                ("plan_listed_containers_count", Double(jobs.listedContainers)),
                ("planned_deployments_count", Double(jobs.plannedDeployments)), ("jobs_plan_ms", jobs.milliseconds),
            ]
        ).print(as: options.output)
    }

    /// What planning a pass and then every queued deployment's job cost, counted through an observed engine.
    private struct JobPlanning {
        var engineCalls = 0
        var listedContainers = 0
        var plannedDeployments = 0
        var milliseconds = 0.0
    }

    private static func countJobPlanning(runtime: Runtime, source: DesiredSource) async throws -> JobPlanning {
        let calls = Mutex(0)
        var environment = runtime.environment()
        environment.engine = ObservedEngine(environment.engine) { _ in calls.withLock { $0 += 1 } }
        let reconciliation = runtime.reconciliation(source, environment: environment) { _ in }
        var counted = JobPlanning()
        counted.milliseconds = try await measureMilliseconds {
            let pass = try await reconciliation.plan()
            counted.listedContainers += pass.actual.count
            counted.plannedDeployments += pass.plan.entries.count
            for entry in pass.plan.entries {
                let job = try await reconciliation.plan(entry.name, from: pass.snapshot)
                counted.listedContainers += job.actual.count
                counted.plannedDeployments += job.resolved.count
            }
        }
        counted.engineCalls = calls.withLock { $0 }
        return counted
    }
}
