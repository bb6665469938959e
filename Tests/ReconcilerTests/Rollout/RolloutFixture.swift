import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import Synchronization
import TestSupport

/// One deployment `web` of a prebuilt image on a ``FakeContainerWorld``, with a state dir (real SQLite history)
/// and a manifest directory: berth processes are made and "restarted" on handles of the same world.
final class RolloutFixture: Sendable {
    let directory: TemporaryDirectory
    let world = FakeContainerWorld()
    let controller: ControllerConfig
    let clock: any Clock<Duration>
    let router: (any Router)?
    static let name = "web"
    static let image = "registry.example.com/web:live"
    /// An `exec` check: Docker's healthcheck, which the fake reports healthy while a serving image runs.
    static let execHealth = "{exec: [/bin/true], interval: 100ms, startPeriod: 2s, healthyThreshold: 1}"
    /// An `http` check berth runs through the prober: the fake engine answers on the ports its running containers hold.
    static let httpHealth = "{http: {path: /healthz}, interval: 1s, startPeriod: 5s, healthyThreshold: 2}"

    /// - Parameters:
    ///   - health: the manifest's `spec.health`, or nil for none (the settle timer).
    ///   - clock: what the rollouts' timers wait on.
    ///   - pull: the manifest's `spec.pull`, or nil to leave it at its default.
    ///   - route: the manifest's `spec.route`, e.g. `{host: web.test, drain: 0s}`.
    ///   - rollout: the manifest's `spec.rollout`, e.g. `{watch: 5s, failureThreshold: 2}`.
    ///   - router: what rollouts route through.
    ///   - more: further `spec` lines, e.g. `replicas: 2`.
    ///   - artifact: the `spec` line saying what runs, instead of ``image``: `source: {repo: "file:///..."}`.
    init(
        strategy: Strategy, health: String? = execHealth, clock: any Clock<Duration> = ImmediateClock(),
        artifact: String? = nil,
        pull: PullPolicy? = nil, route: String? = nil, rollout: String? = nil, router: (any Router)? = nil,
        more: [String] = [], controller configure: (inout ControllerConfig) -> Void = { _ in }
    ) throws {
        self.router = router
        directory = try TemporaryDirectory(prefix: "berth-rollout", inMemory: true)
        var controller = ControllerConfig()
        controller.stateDir = directory.url.appendingPathComponent("state").path
        controller.secretKeyFile = controller.stateDir + "/secret.key"
        controller.portRange = 40000...40999
        controller.imageRetention = 1
        configure(&controller)
        self.controller = controller
        self.clock = clock
        try FileManager.default.createDirectory(atPath: controller.stateDir, withIntermediateDirectories: true)
        let ports =
            strategy == .stopFirst ? "[{container: 8080, host: 41080, hostIP: 127.0.0.1}]" : "[{container: 8080}]"
        try directory.write(
            """
            apiVersion: berth/v1
            kind: Deployment
            metadata: {name: \(Self.name)}
            spec:
              \(artifact ?? "image: \(Self.image)")
            \(pull.map { "  pull: \($0.rawValue)" } ?? "")
              ports: \(ports)
              stopGracePeriod: 3s
            \(health.map { "  health: \($0)" } ?? "")
            \(route.map { "  route: \($0)" } ?? "")
            \(rollout.map { "  rollout: \($0)" } ?? "")
            \(more.map { "  \($0)" }.joined(separator: "\n"))
            """, to: "deployments/web.yaml")
    }

    /// A new image behind the manifest's tag, labelled as if berth had built it (so retention sees it): the next
    /// plan sees a new spec hash.
    @discardableResult
    func publishImage(_ behaviour: FakeImage.Behaviour = .serves) -> FakeImage {
        world.addImage(
            Self.image,
            labels: BerthLabel.owned(by: controller.stateDir, deployment: Self.name),
            behaviour: behaviour
        )
    }

    /// A berth process on `engine`: its own history handle on the shared state dir; with `slots`, engine calls
    /// and builds are bounded as `berth apply` bounds them; `router` is this process's way to the router (default:
    /// the fixture's); with `swarm` the controller runs deployments as services on it (runtime `swarm`), which also
    /// answers the probes.
    func reconciliation(
        engine: FakeContainerEngine, slots: EngineSlots? = nil, router: (any Router)? = nil,
        swarm: FakeSwarmEngine? = nil, handChanges: [String: HandChanges] = [:],
        cancellations: RolloutCancellations = RolloutCancellations(), progress: @escaping ProgressHandler = { _ in }
    ) throws -> Reconciliation {
        let history = try History(path: controller.stateDir + "/berth.sqlite")
        let logger = Logger(label: "berth.test", factory: { _ in SwiftLogNoOpLogHandler() })
        let repositories = GitMirrorStore(stateDirectory: URL(fileURLWithPath: controller.stateDir), logger: logger)
        let environment = Pipeline.Environment(
            engine: slots.map { ObservedEngine(engine, slots: $0) } ?? engine, repositories: repositories, history: history, controller: controller, logger: logger,
            clock: clock, prober: swarm ?? engine, router: router ?? self.router,
            swarm: swarm.map { SwarmRuntime(engine: $0, stateDir: controller.stateDir) }, cancellations: cancellations
        )
        let reader = DesiredStateReader(
            source: .directory(directory.url.appendingPathComponent("deployments").path), repositories: repositories,
            controller: controller
        )
        return Reconciliation(
            reader: reader, environment: environment, handChanges: { handChanges }, progress: progress)
    }

    /// What a berth process does on start: mark interrupted rollouts, plan, apply.
    func apply(
        engine: FakeContainerEngine, router: (any Router)? = nil, swarm: FakeSwarmEngine? = nil,
        options: ApplyOptions = ApplyOptions(), cancellations: RolloutCancellations = RolloutCancellations(),
        progress: @escaping ProgressHandler = { _ in }
    ) async throws -> ApplyReport {
        let reconciliation = try reconciliation(
            engine: engine, router: router, swarm: swarm, cancellations: cancellations, progress: progress)
        await reconciliation.recoverInterruptedRollouts()
        return await reconciliation.apply(try await reconciliation.plan(), options: options)
    }

    /// Runs `apply(engine:router:)` until it returns or `engine`'s process dies (in an engine call, or in a router
    /// call of a ``FakeRouterConnection`` of it); the outcome is nil when it died. The dead run stays hung in its
    /// calls (a killed process does nothing more) until `remains` is buried: bury it once the test is done with this
    /// process, or the hung run keeps its history, its files and their descriptors open for good.
    func applyUntilDeath(engine: FakeContainerEngine, router: (any Router)? = nil) async
        -> (outcome: Result<ApplyReport, any Error>?, remains: DeadProcess)
    {
        let started = Mutex<Task<Void, Never>?>(nil)
        let outcome: Result<ApplyReport, any Error>? = await withCheckedContinuation { continuation in
            let once = ResumeOnce(continuation)
            started.withLock {
                $0 = Task {
                    do {
                        once.resume(returning: .success(try await self.apply(engine: engine, router: router)))
                    } catch {
                        once.resume(returning: .failure(error))
                    }
                }
            }
            engine.onDeath { once.resume(returning: nil) }
        }
        return (outcome, DeadProcess(run: started.withLock { $0! }, engine: engine))
    }

    /// The deployment's containers in the world.
    var containers: [FakeContainer] { world.containers.filter { $0.labels[BerthLabel.deployment] == Self.name } }

    var history: [Rollout] {
        get async throws {
            try await History(path: controller.stateDir + "/berth.sqlite").rollouts(of: Self.name, limit: 100)
        }
    }
}

/// What a run killed by ``RolloutFixture/applyUntilDeath(engine:router:)`` left hanging.
struct DeadProcess {
    let run: Task<Void, Never>
    let engine: FakeContainerEngine

    /// Ends the hung calls and waits for the run to unwind.
    func bury() async {
        engine.bury()
        run.cancel()
        await run.value
    }
}

/// A continuation resumed by whichever of two racing parties comes first.
private final class ResumeOnce<Value: Sendable>: Sendable {
    private let continuation: Mutex<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = Mutex(continuation)
    }

    func resume(returning value: Value) {
        continuation.withLock { $0.take() }?.resume(returning: value)
    }
}
