public import Drivers
import Foundation
public import Logging
public import Manifest

/// Runs one rollout through the stages of DESIGN §5 — resolve, review, build, start, health, swap, report —
/// recording every transition in history. A failure before swap leaves what ran running (`start-first`) or starts
/// it again (`stop-first`), and never leaves a candidate behind.
///
/// ```swift
/// let pipeline = Pipeline(environment: environment, progress: { print($0) })
/// let rollout = await pipeline.run(request)       // rollout.result: .succeeded, .failed or .blocked
/// ```
public final class Pipeline: Sendable {
    /// What the stages talk to.
    public struct Environment: Sendable {
        public var engine: any ContainerEngine
        public var repositories: any SourceRepository
        public var history: History
        public var controller: ControllerConfig
        public var reviewStep: (any ReviewStep)?
        public var logger: Logger

        public init(
            engine: any ContainerEngine, repositories: any SourceRepository, history: History,
            controller: ControllerConfig, reviewStep: (any ReviewStep)? = nil, logger: Logger
        ) {
            self.engine = engine
            self.repositories = repositories
            self.history = history
            self.controller = controller
            self.reviewStep = reviewStep
            self.logger = logger
        }
    }

    private let environment: Environment
    private let progress: ProgressHandler
    private let secrets: SecretKeyLoader
    private let ports: PortAllocator

    public init(environment: Environment, progress: @escaping ProgressHandler) {
        self.environment = environment
        self.progress = progress
        self.secrets = SecretKeyLoader(path: environment.controller.secretKeyFile)
        self.ports = PortAllocator(range: environment.controller.portRange)
    }

    private var engine: any ContainerEngine { environment.engine }
    private var history: History { environment.history }

    /// Runs `request` to its end and returns the rollout as history recorded it.
    public func run(_ request: RolloutRequest) async -> Rollout {
        let target = request.target
        let rollout: Rollout
        do {
            let generation = try await history.nextGeneration(for: target.name, atLeastAbove: request.highestGeneration)
            rollout = try await history.begin(
                Rollout(
                    deployment: target.name, generation: generation, configCommit: request.configCommit,
                    appCommit: request.kept?.appCommit ?? target.appCommit, image: request.kept?.image ?? target.image,
                    specHash: request.kept?.specHash ?? target.specHash, strategy: target.deployment.spec.strategy.rawValue
                )
            )
        } catch {
            environment.logger.error("\(target.name): cannot record the rollout in history: \(error)")
            var failed = Rollout(
                deployment: target.name, generation: 0, configCommit: request.configCommit, appCommit: target.appCommit,
                image: target.image, specHash: target.specHash, strategy: target.deployment.spec.strategy.rawValue
            )
            failed.result = .failed
            failed.error = "history: \(error)"
            return failed
        }
        try? await history.set(
            Condition(
                .reconciling, .true, reason: "RolloutStarted",
                message: "generation \(rollout.generation) of \(target.appCommit.prefix(12)) is rolling out",
                observedConfigCommit: request.configCommit
            ),
            for: target.name
        )
        let recorder = StageRecorder(
            history: history, rolloutID: rollout.id!, deployment: target.name, generation: rollout.generation,
            progress: progress
        )
        let attempt = Attempt(request: request, rollout: rollout, recorder: recorder)
        let result: Rollout.Result
        var failure: StageFailure?
        do {
            try await stages(attempt)
            result = .succeeded
        } catch {
            let stageFailure =
                error as? StageFailure ?? StageFailure(.report, reason: "Failed", String(describing: error))
            failure = stageFailure
            result = Task.isCancelled ? .interrupted : stageFailure.result
            await shielded { await self.undo(attempt, after: stageFailure) }
        }
        // Cancellation (berth run stopping) must not stop the record of how the rollout ended.
        return await shielded { [failure] in
            try? await recorder.flush()
            do {
                try await self.history.finish(
                    rollout.id!, result: result, failingStage: failure?.stage.rawValue, error: failure?.message
                )
                try await self.recordConditions(attempt, failure: failure, result: result)
            } catch {
                self.environment.logger.error("\(target.name): cannot record how the rollout ended: \(error)")
            }
            return (try? await self.history.rollout(rollout.id!)) ?? rollout
        }
    }

    /// Runs `body` to its end even when the calling task is cancelled: undoing a failed rollout, the swap and
    /// the record of a result are safe points, never abandoned halfway.
    private func shielded<Value: Sendable>(_ body: @escaping @Sendable () async -> Value) async -> Value {
        await Task { await body() }.value
    }

    private func shielded<Value: Sendable>(_ body: @escaping @Sendable () async throws -> Value) async throws -> Value {
        try await Task { try await body() }.value
    }

    /// One rollout under way: its request, history row and what the stages have done so far.
    private final class Attempt: @unchecked Sendable {
        let request: RolloutRequest
        let rollout: Rollout
        let recorder: StageRecorder
        /// Set once `stop-first` has stopped the old container.
        var stoppedOld = false
        /// Where the candidate serves, once started.
        var port: ServingPort?

        init(request: RolloutRequest, rollout: Rollout, recorder: StageRecorder) {
            self.request = request
            self.rollout = rollout
            self.recorder = recorder
        }

        var target: ResolvedDeployment { request.target }
        var candidate: String { ContainerName.candidate(target.name, generation: rollout.generation) }
    }

    private func stages(_ attempt: Attempt) async throws {
        let recorder = attempt.recorder
        try await recorder.run(.resolve) { ((), .succeeded(resolvedMessage(attempt))) }
        try await recorder.run(.review) { ((), try await review(attempt)) }
        let image = try await recorder.run(.build) { try await build(attempt) }
        try await recorder.run(.start) { ((), .succeeded(try await start(attempt, image: image))) }
        try await recorder.run(.health) {
            let gate = HealthGate(
                engine: engine, health: attempt.target.deployment.spec.health, port: attempt.port!,
                spec: attempt.target.deployment.spec
            )
            return ((), .succeeded(try await gate.wait(for: attempt.candidate) { recorder.output(.health, $0) }))
        }
        try Task.checkCancellation()
        try await recorder.run(.swap) {
            ((), .succeeded(try await shielded { try await self.swap(attempt) }))
        }
        try await recorder.run(.report) {
            let inUse = try await engine.inspectContainer(ContainerName.active(
                attempt.target.name, generation: attempt.rollout.generation
            )).imageID
            let retention = ImageRetention(
                engine: engine, keep: environment.controller.imageRetention,
                owner: BerthLabel.owned(by: environment.controller.stateDir), logger: environment.logger
            )
            let removed = await retention.prune(deployment: attempt.target.name, inUse: [inUse])
            return ((), .succeeded(removed.isEmpty ? "no images beyond retention" : "removed \(removed.count) old images"))
        }
    }

    private func resolvedMessage(_ attempt: Attempt) -> String {
        if let kept = attempt.request.kept {
            return "rollback to generation \(kept.generation) (image \(kept.image.prefix(19)))"
        }
        guard let source = attempt.target.source else { return "image \(attempt.target.image) is \(attempt.target.appCommit.prefix(19))" }
        return "\(source.remote) at \(source.commit.hex.prefix(12)), context tree \(source.contextTree.hex.prefix(12))"
    }

    // MARK: review

    private func review(_ attempt: Attempt) async throws -> StageRecorder.Ending {
        guard case .source(_, _, let spec) = attempt.target.deployment.spec.artifact, let source = attempt.target.source
        else { return .skipped("prebuilt image: nothing to review") }
        if attempt.request.kept != nil { return .skipped("rollback to an image reviewed before") }
        if spec.policy == .off { return .skipped("review policy is off") }
        guard let reviewStep = environment.reviewStep else { return .skipped("no reviewers configured") }
        let from = attempt.request.active.map(\.commit).flatMap(CommitID.init(hex:))
        let diff = try await environment.repositories.diff(
            from: from == source.commit ? nil : from, to: source.commit, path: source.path, in: source.remote
        )
        let request = ReviewRequest(
            deployment: attempt.target.name, repository: source.remote.description, fromCommit: from?.hex,
            toCommit: source.commit.hex, path: source.path, diff: diff.patch, files: diff.files.map(\.path)
        )
        switch await reviewStep.review(request, spec: spec) {
        case .passed(let message):
            return .succeeded(message)
        case .blocked(let message, let findings):
            for finding in findings {
                attempt.recorder.output(
                    .review,
                    "\(finding.severity.rawValue) \(finding.rule) \(finding.file):\(finding.line.map(String.init) ?? "-") "
                        + "\(finding.message) [waive: \(finding.fingerprint)]"
                )
            }
            throw StageFailure(.review, reason: "ReviewBlocked", message, result: .blocked)
        }
    }

    // MARK: build

    private func build(_ attempt: Attempt) async throws -> (String, StageRecorder.Ending) {
        if let kept = attempt.request.kept {
            guard try await engine.imageExists(kept.image) else {
                throw StageFailure(
                    .build, reason: "ImageGone",
                    "the image of generation \(kept.generation) (\(kept.image.prefix(19))) was removed; "
                        + "raise imageRetention to keep more"
                )
            }
            return (kept.image, .skipped("kept image of generation \(kept.generation)"))
        }
        let target = attempt.target
        guard let source = target.source else { return (target.image, .skipped("prebuilt image \(target.image)")) }
        if try await engine.imageExists(target.image) {
            return (target.image, .skipped("\(target.image) is already built"))
        }
        let context = environment.repositories.buildContext(
            at: source.commit, path: source.path, dockerfile: source.dockerfile, in: source.remote,
            logger: environment.logger
        )
        var options = BuildOptions(tags: [target.image])
        options.labels = BerthLabel.owned(by: environment.controller.stateDir).merging([
            BerthLabel.deployment: target.name, BerthLabel.commit: source.commit.hex,
        ]) { _, new in new }
        options.buildArgs = source.build.args
        options.target = source.build.target
        options.dockerfile = source.dockerfile
        options.timeout = source.build.timeout
        do {
            let result = try await engine.buildImage(context: context, options: options) { line in
                attempt.recorder.output(.build, line)
            }
            return (target.image, .succeeded("built \(target.image) (\(result.imageID.prefix(19)))"))
        } catch let error as ContainerEngineError where error.code == .buildFailed {
            let tail = error.logTail.suffix(5).joined(separator: " | ")
            throw StageFailure(.build, reason: "BuildFailed", tail.isEmpty ? error.message : "\(error.message): \(tail)")
        }
    }

    // MARK: start

    private func start(_ attempt: Attempt, image: String) async throws -> String {
        let target = attempt.target
        let spec = target.deployment.spec
        // Checked before anything is touched, and again right before creating the container (HostPathCheck).
        let hostPaths = HostPathCheck(controller: environment.controller)
        try hostPaths.verify(target.deployment)
        let opened = try secrets.open(spec.secretEnv, deployment: target.name)
        for volume in spec.volumes {
            guard case .named(let name) = volume.source else { continue }
            _ = try await engine.createVolume(
                name: CandidateSpec.volumeName(target.name, name),
                labels: BerthLabel.owned(by: environment.controller.stateDir).merging([
                    BerthLabel.deployment: target.name
                ]) { _, new in new }
            )
        }
        if spec.strategy == .stopFirst, let active = attempt.request.active {
            try await engine.stopContainer(active.id, timeout: spec.stopGracePeriod)
            attempt.stoppedOld = true
            attempt.recorder.output(.start, "stopped generation \(active.generation) first (stop-first)")
        }
        var taken = attempt.request.claimedPorts
        for _ in 1...3 {
            guard let port = ServingPort.choose(for: spec, allocate: { ports.allocate(excluding: taken) }) else {
                throw StageFailure(
                    .start, reason: "NoFreePort", "no free host port in ports.range \(ports.range)"
                )
            }
            let candidate = CandidateSpec(
                deployment: target.deployment, generation: attempt.rollout.generation, image: image,
                specHash: attempt.request.kept?.specHash ?? target.specHash,
                appCommit: attempt.request.kept?.appCommit ?? target.appCommit,
                configCommit: attempt.request.configCommit, port: port, stateDir: environment.controller.stateDir,
                secrets: opened
            )
            try hostPaths.verify(target.deployment)
            let id = try await engine.createContainer(candidate.containerSpec)
            do {
                try await engine.startContainer(id)
                attempt.port = port
                let serving = port.hostPort.map { " serving on 127.0.0.1:\($0)" } ?? ""
                return "started \(attempt.candidate)\(serving)"
            } catch let error as ContainerEngineError where port.isAllocated && Self.isPortTaken(error) {
                attempt.recorder.output(.start, "port \(port.hostPort!) was taken meanwhile; trying another")
                try await engine.removeContainer(id, force: true, removeVolumes: false)
                taken.insert(port.hostPort!)
            }
        }
        throw StageFailure(.start, reason: "NoFreePort", "three allocated ports in a row were taken")
    }

    private static func isPortTaken(_ error: ContainerEngineError) -> Bool {
        error.message.contains("address already in use") || error.message.contains("port is already allocated")
    }

    // MARK: swap

    /// Renames the candidate first, so that a crash from here on leaves the new, healthy generation as the
    /// active one (the highest generation); then stops and removes the old one with its grace period.
    private func swap(_ attempt: Attempt) async throws -> String {
        let target = attempt.target
        let name = ContainerName.active(target.name, generation: attempt.rollout.generation)
        try await engine.renameContainer(attempt.candidate, to: name)
        guard let old = attempt.request.active else { return "\(name) is active" }
        try await engine.stopContainer(old.id, timeout: target.deployment.spec.stopGracePeriod)
        try await engine.removeContainer(old.id, force: true, removeVolumes: false)
        return "\(name) is active; generation \(old.generation) stopped and removed"
    }

    // MARK: failure

    /// Removes the candidate (keeping its last output in history) and, for `stop-first`, starts the old container
    /// again.
    private func undo(_ attempt: Attempt, after failure: StageFailure) async {
        let recorder = attempt.recorder
        if failure.stage == .start || failure.stage == .health {
            await keepLastOutput(of: attempt.candidate, recorder: recorder, stage: failure.stage)
        }
        do {
            if try await engine.containerExists(attempt.candidate) {
                try await engine.removeContainer(attempt.candidate, force: true, removeVolumes: false)
                recorder.output(failure.stage, "removed \(attempt.candidate)")
            }
        } catch {
            recorder.output(failure.stage, "cannot remove \(attempt.candidate): \(error)")
        }
        guard attempt.stoppedOld, let old = attempt.request.active else { return }
        do {
            try await engine.startContainer(old.id)
            recorder.output(failure.stage, "started generation \(old.generation) again")
        } catch {
            recorder.output(failure.stage, "cannot start generation \(old.generation) again: \(error)")
        }
    }

    private func keepLastOutput(of container: String, recorder: StageRecorder, stage: Stage) async {
        guard let lines = try? await engine.containerLogs(container, options: LogOptions(tail: 20)) else { return }
        do {
            for try await line in lines { recorder.output(stage, "container: \(line.text)") }
        } catch {
            recorder.output(stage, "container output unavailable: \(error)")
        }
    }

    // MARK: report

    private func recordConditions(_ attempt: Attempt, failure: StageFailure?, result: Rollout.Result) async throws {
        let name = attempt.target.name
        let commit = attempt.request.configCommit
        let generation = attempt.rollout.generation
        try await history.set(
            Condition(.reconciling, .false, reason: "RolloutFinished", message: "generation \(generation) finished",
                      observedConfigCommit: commit),
            for: name
        )
        guard let failure else {
            let port = attempt.port?.hostPort.map { " on 127.0.0.1:\($0)" } ?? ""
            try await history.set(
                Condition(.ready, .true, reason: "RolloutSucceeded",
                          message: "generation \(generation) serves \(attempt.rollout.appCommit.prefix(12))\(port)",
                          observedConfigCommit: commit),
                for: name
            )
            try await history.set(Condition(.stalled, .false, reason: "RolloutSucceeded", message: "",
                                            observedConfigCommit: commit), for: name)
            try await history.set(Condition(.drifted, .false, reason: "RolloutSucceeded", message: "",
                                            observedConfigCommit: commit), for: name)
            return
        }
        let still = attempt.request.active.map { "; generation \($0.generation) still serves" } ?? ""
        let stopped = result == .interrupted ? " (berth was stopping)" : ""
        try await history.set(
            Condition(.ready, .false, reason: failure.reason,
                      message: "generation \(generation) failed at \(failure.stage.rawValue)\(stopped): \(failure.message)\(still)",
                      observedConfigCommit: commit),
            for: name
        )
        let stalled = failure.result == .blocked
        try await history.set(
            Condition(.stalled, stalled ? .true : .false, reason: failure.reason,
                      message: stalled ? failure.message : "", observedConfigCommit: commit),
            for: name
        )
    }
}
