package import Drivers
import Foundation
package import Logging
package import Manifest

/// Runs one rollout through the stages of DESIGN §5 — resolve, review, build, start, health, swap, report — by
/// driving a ``RolloutStateMachine``: it carries out each action against the engine, the health prober, the review
/// gate, the build, history and the clock, and feeds what happened back. A failure before the swap leaves what ran
/// running (`start-first`) or starts it again (`stop-first`), and never leaves a candidate behind; a cancelled
/// rollout stops at its next safe point and is recorded `interrupted` when berth is stopping, `cancelled` when someone
/// asked (``RolloutCancellations``).
///
/// ```swift
/// let pipeline = Pipeline(environment: environment, progress: { print($0) })
/// let rollout = await pipeline.run(request)       // rollout.result: .succeeded, .failed, .cancelled …
/// ```
package final class Pipeline: Sendable {
    /// What the stages talk to.
    package struct Environment: Sendable {
        package var engine: any ContainerEngine
        package var repositories: any SourceRepository
        package var history: History
        package var controller: ControllerConfig
        package var reviewStep: (any ReviewStep)?
        package var logger: Logger
        /// What timers (settle, probe interval) wait on.
        package var clock: any Clock<Duration>
        /// What runs `http` and `tcp` health checks.
        package var prober: any HealthProber
        /// Bind tests and `/proc` lookups for fixed host ports, when the engine publishes ports on this machine;
        /// nil skips the plan-time check (a refused port is still explained at start).
        package var hostPorts: HostPortProbe?
        /// What sends traffic for `spec.route` to the active generation, when the controller config names a router.
        package var router: (any Router)?
        /// The swarm runtime, when the controller's `runtime` is `swarm`: deployments are services it rolls; nil for
        /// `docker` (containers per generation on ``engine``). ``engine`` still builds and keeps the images.
        package var swarm: SwarmRuntime?
        /// The rollouts running now, which `berth cancel` (the API, the dashboard) cancels.
        package var cancellations: RolloutCancellations

        package init(
            engine: any ContainerEngine, repositories: any SourceRepository, history: History,
            controller: ControllerConfig, reviewStep: (any ReviewStep)? = nil, logger: Logger,
            clock: any Clock<Duration> = ContinuousClock(), prober: any HealthProber = SocketHealthProber(),
            hostPorts: HostPortProbe? = nil, router: (any Router)? = nil, swarm: SwarmRuntime? = nil,
            cancellations: RolloutCancellations = RolloutCancellations()
        ) {
            self.cancellations = cancellations
            self.swarm = swarm
            self.hostPorts = hostPorts
            self.router = router
            self.engine = engine
            self.repositories = repositories
            self.history = history
            self.controller = controller
            self.reviewStep = reviewStep
            self.logger = logger
            self.clock = clock
            self.prober = prober
        }
    }

    let environment: Environment
    private let progress: ProgressHandler
    let secrets: SecretKeyLoader
    let ports: PortAllocator

    package init(environment: Environment, progress: @escaping ProgressHandler) {
        self.environment = environment
        self.progress = progress
        self.secrets = SecretKeyLoader(path: environment.controller.secretKeyFile)
        self.ports = PortAllocator(range: environment.controller.portRange)
    }

    var engine: any ContainerEngine { environment.engine }
    private var history: History { environment.history }

    /// Runs `request` to its end and returns the rollout as history recorded it.
    package func run(_ request: RolloutRequest) async -> Rollout {
        let target = request.target
        let appCommit = request.restoring?.appCommit ?? target.appCommit
        let rollout: Rollout
        do {
            rollout = try await history.begin(
                Rollout(
                    deployment: target.name, generation: 0, configCommit: request.configCommit,
                    appCommit: appCommit, image: request.restoring?.image ?? target.image,
                    specHash: request.restoring?.specHash ?? target.specHash,
                    strategy: target.deployment.spec.strategy.rawValue, rollbackOf: request.restoring?.generation
                ),
                atLeastAbove: request.highestGeneration,
                conditions: [
                    Condition(
                        .reconciling, .true, reason: "RolloutStarted",
                        message: "a new generation of \(appCommit.prefix(12)) is rolling out",
                        observedConfigCommit: request.configCommit
                    )
                ],
                manifest: CanonicalManifest.document(target.deployment)
            )
        } catch {
            environment.logger.error(
                "cannot record the rollout in history: \(error)", metadata: ["deployment.name": "\(target.name)"]
            )
            var failed = Rollout(
                deployment: target.name, generation: 0, configCommit: request.configCommit, appCommit: target.appCommit,
                image: target.image, specHash: target.specHash, strategy: target.deployment.spec.strategy.rawValue
            )
            failed.result = .failed
            failed.error = "history: \(error)"
            return failed
        }
        let attempt = RolloutAttempt(
            request: request, rollout: rollout,
            recorder: StageRecorder(
                history: history, rolloutID: rollout.id!, deployment: target.name, generation: rollout.generation,
                progress: progress, logger: environment.logger, logBytes: environment.controller.limits.logBytes
            )
        )
        let outcome = await environment.cancellations.run(target.name) { await self.drive(attempt) }
        // Cancellation (berth run stopping) must not stop the record of how the rollout ended.
        return await shielded {
            do {
                try await self.history.finish(
                    rollout.id!, result: outcome.result, failingStage: outcome.failure?.stage.rawValue,
                    error: outcome.failure?.message, lines: attempt.recorder.takeLines(),
                    conditions: self.conditions(attempt, outcome: outcome), container: attempt.created
                )
            } catch {
                self.environment.logger.error(
                    "cannot record how the rollout ended: \(error)", metadata: attempt.metadata
                )
            }
            await attempt.recorder.finish()
            await self.pinAfterRollback(attempt, outcome: outcome)
            if outcome.result == .interrupted || outcome.result == .cancelled, let failure = outcome.failure {
                self.environment.logger.notice(
                    "rollout stopped at \(failure.stage.rawValue): \(failure.message)", metadata: attempt.metadata)
            }
            return (try? await self.history.rollout(rollout.id!)) ?? rollout
        }
    }

    /// Runs the state machine to its end: records each action's notes, then carries out its step.
    private func drive(_ attempt: RolloutAttempt) async -> RolloutStateMachine.Outcome {
        var machine = RolloutStateMachine(configuration(attempt))
        let stopwatch = Stopwatch(environment.clock)
        var action = machine.start()
        while true {
            await attempt.recorder.record(action.notes)
            if case .finish(let outcome) = action.step { return outcome }
            if Task.isCancelled, let instead = machine.cancel(cancellation(of: attempt)) {
                action = instead
                continue
            }
            action = await perform(action.step, of: attempt, on: &machine, stopwatch: stopwatch)
        }
    }

    /// Why the rollout's task was cancelled: someone asked (``RolloutCancellations``), or berth is stopping.
    private func cancellation(of attempt: RolloutAttempt) -> RolloutStateMachine.Cancellation {
        environment.cancellations.requester(of: attempt.target.name).map { .asked(by: $0) } ?? .stopping
    }

    private func configuration(_ attempt: RolloutAttempt) -> RolloutStateMachine.Configuration {
        let spec = attempt.target.deployment.spec
        var health: RolloutStateMachine.HealthPlan =
            spec.health.map {
                .probe(interval: $0.interval, startPeriod: $0.startPeriod, healthyThreshold: $0.healthyThreshold)
            } ?? .settle(spec.settle)
        let onSwarm = environment.swarm != nil
        // On a swarm an `exec` check is the container's own, which Swarm gates on; berth probes only from outside.
        if onSwarm, case .exec? = spec.health?.probe { health = .settle(.zero) }
        var retiring = attempt.request.generations.filter { !$0.isCandidate }
        if let active = attempt.request.active, !retiring.contains(where: { $0.id == active.id }) {
            retiring.append(active)
        }
        return RolloutStateMachine.Configuration(
            candidateName: attempt.candidate, activeName: attempt.activeName, strategy: spec.strategy,
            serving: attempt.request.active.map(Self.generation), retiring: retiring.map(Self.generation),
            stopGracePeriod: spec.stopGracePeriod, health: health,
            createsVolumes: spec.volumes.contains { if case .named = $0.source { true } else { false } },
            resolved: resolvedMessage(attempt), pullsImage: attempt.request.restoring == nil && attempt.target.pull != nil,
            routing: environment.router != nil && !onSwarm ? spec.route.map { .init(drain: $0.drain) } : nil,
            watch: onSwarm ? nil : spec.rollout.watch.map {
                .init(
                    window: $0, failureThreshold: spec.rollout.failureThreshold,
                    interval: spec.health?.interval ?? Self.watchIntervalWithoutCheck)
            },
            deployment: attempt.target.name,
            service: environment.swarm.map { _ in servicePlan(attempt) }
        )
    }

    /// How often a watch checks a deployment that declares no health check (whether it still runs).
    static let watchIntervalWithoutCheck = Duration.seconds(1)

    static func generation(_ container: ActualContainer) -> RolloutStateMachine.Generation {
        .init(
            id: container.id, name: container.name, generation: container.generation,
            isRunning: container.state == .running, port: container.port)
    }

    private func resolvedMessage(_ attempt: RolloutAttempt) -> String {
        if let restoring = attempt.request.restoring {
            return "rollback to generation \(restoring.generation) (image \(restoring.image.prefix(19)))"
        }
        guard let source = attempt.target.source else {
            return "image \(attempt.target.image) is \(attempt.target.appCommit.prefix(19))"
        }
        return "\(source.remote) at \(source.commit.hex.prefix(12)), context tree \(source.contextTree.hex.prefix(12))"
    }

    /// Carries out `step` and feeds its result to `machine`, returning the machine's next action.
    private func perform(
        _ step: RolloutStateMachine.Step, of attempt: RolloutAttempt, on machine: inout RolloutStateMachine,
        stopwatch: Stopwatch
    ) async -> RolloutStateMachine.Action {
        do {
            switch step {
            case .pullImage:
                return machine.pulled(try await pullImage(attempt))
            case .review:
                return machine.reviewed(try await review(attempt))
            case .build:
                let (image, ending) = try await build(attempt)
                return machine.built(image: image, ending)
            case .createVolumes:
                try await createVolumes(attempt)
                return machine.volumesCreated()
            case .stopContainer(let id, let grace):
                try await ignoringMissing { try await self.engine.stopContainer(id, timeout: grace) }
                return machine.stopped()
            case .prepareCandidate:
                try prepare(attempt)
                return machine.prepared()
            case .createCandidate(let image, let excluded):
                let (id, port) = try await createCandidate(attempt, image: image, excludingPorts: excluded)
                return machine.created(id: id, port: port, probeTarget: probeTarget(attempt, port: port))
            case .startCandidate(let id):
                do {
                    try await shielded { try await self.engine.startContainer(id) }
                } catch let error as ContainerEngineError where error.isPortTaken {
                    let conflicts = HostPortConflicts(engine: engine, probe: environment.hostPorts)
                    let spec = attempt.target.deployment.spec
                    return machine.portTaken(await conflicts.explain(error, spec: spec, candidate: attempt.candidate))
                }
                return machine.candidateStarted(elapsed: stopwatch.elapsed)
            case .wait(let duration):
                try await environment.clock.sleep(for: duration)
                return machine.timerFired()
            case .probeCandidate(let id):
                let result = try await probe(id, of: attempt)
                return machine.probed(result, elapsed: stopwatch.elapsed)
            case .checkGenerations(let id):
                let (exited, generations) = try await checkGenerations(of: attempt, candidate: id)
                return machine.checked(candidateExited: exited, generations: generations)
            case .rename(let id, let name):
                try await shielded { try await self.engine.renameContainer(id, to: name) }
                return machine.renamed()
            case .routeTo(let port):
                try await route(attempt, to: port, stage: machine.stage)
                return machine.routed()
            case .removeContainer(let id):
                try await ignoringMissing {
                    try await self.engine.removeContainer(id, force: true, removeVolumes: false)
                }
                return machine.removed()
            case .pruneImages:
                let retention = ImageRetention(
                    engine: engine, keep: environment.controller.imageRetention,
                    owner: BerthLabel.owned(by: environment.controller.stateDir), logger: environment.logger
                )
                let removed = await shielded { await retention.prune(deployment: attempt.target.name) }
                return machine.imagesPruned(removed: removed.count)
            case .collectOutput(let id):
                await keepLastOutput(of: id, stage: machine.stage, attempt)
                return machine.outputCollected()
            case .removeCandidate(let id):
                try await ignoringMissing {
                    try await self.engine.removeContainer(id, force: true, removeVolumes: false)
                }
                return machine.candidateRemoved()
            case .restartServing(let id):
                try await shielded { try await self.engine.startContainer(id) }
                return machine.servingRestarted()
            case .deployService(let image):
                let published: (reference: String, auth: RegistryAuth?)
                do {
                    published = try await serviceImage(attempt, image: image)
                } catch let failure as StageFailure {
                    return machine.serviceImageFailed(failure)
                }
                let deployed = try await deployService(attempt, image: published.reference, auth: published.auth)
                return machine.serviceDeployed(deployed, elapsed: stopwatch.elapsed)
            case .observeService:
                return machine.serviceObserved(try await observeService(attempt), elapsed: stopwatch.elapsed)
            case .probeTasks(let endpoints):
                let result = try await probeTasks(endpoints, of: attempt)
                return machine.tasksProbed(result, endpoints: endpoints, elapsed: stopwatch.elapsed)
            case .restoreService:
                try await restoreService(attempt)
                return machine.serviceRestored()
            case .finish:
                preconditionFailure("the drive loop ends at finish")
            }
        } catch let failure as StageFailure {
            return machine.failed(reason: failure.reason, failure.message, result: failure.result)
        } catch {
            if Task.isCancelled, let instead = machine.cancel(cancellation(of: attempt)) { return instead }
            return machine.failed("\(error)")
        }
    }

    /// Runs `body` to its end even when the calling task is cancelled: an engine call, the record of a result.
    func shielded<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) async -> Value {
        await Task { await body() }.value
    }

    func shielded<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await Task { try await body() }.value
    }

    /// Runs the engine call `body` shielded; a container that is gone already counts as done.
    private func ignoringMissing(_ body: @escaping @Sendable () async throws -> Void) async throws {
        do {
            try await shielded(body)
        } catch let error as ContainerEngineError where error.code == .notFound {
            return
        }
    }
}
