public import Drivers
import Foundation
import Logging
import Manifest
public import ServiceLifecycle
import Synchronization

/// `berth run`'s core (DESIGN §6): level-triggered passes on a timer, a work queue keyed by deployment, Docker
/// events and webhooks as triggers, commit statuses around each rollout, and the actions the HTTP API exposes.
///
/// A pass reads desired and actual state afresh and queues every deployment that needs work; each queued job plans
/// again and applies that one deployment, so a job always acts on the newest state. Triggers only say *when*.
public final class Controller: ControllerActions, Service, Sendable {
    /// How the controller behaves, from the controller config and `berth run`'s flags.
    public struct Settings: Sendable {
        /// Between passes (jittered by up to a tenth).
        public var interval: Duration
        /// Remove containers whose deployment left the repository.
        public var prune: Bool
        /// The shared secret webhooks are verified with; nil refuses every webhook.
        public var webhookSecret: String?
        /// Where the API is reached, for commit status links: `http://127.0.0.1:8088`.
        public var apiBaseURL: String
        /// Called after each pass has queued its work, when the pass's transient memory (every manifest, the
        /// container list, the plan) has just been freed; `berth run` hands the freed heap back to the kernel here.
        public var afterPass: @Sendable () -> Void

        public init(
            interval: Duration, prune: Bool, webhookSecret: String?, apiBaseURL: String,
            afterPass: @escaping @Sendable () -> Void = {}
        ) {
            self.interval = interval
            self.prune = prune
            self.webhookSecret = webhookSecret
            self.apiBaseURL = apiBaseURL
            self.afterPass = afterPass
        }
    }

    private let reconciliation: Reconciliation
    private let environment: Pipeline.Environment
    private let source: DesiredSource
    private let statuses: (any CommitStatusReporter)?
    private let metrics: ControllerMetrics
    private let settings: Settings
    private let receiver: WebhookReceiver?
    private let logger: Logger
    private let ready = Atomic<Bool>(false)
    private let lastPass = Mutex<PassPlan?>(nil)
    /// Deployments with a job running: their candidates are not orphans.
    private let busy = Mutex<Set<String>>([])
    private let queue: WorkQueue

    private struct WeakController: Sendable {
        weak var controller: Controller?
    }

    public init(
        reconciliation: Reconciliation, environment: Pipeline.Environment, source: DesiredSource,
        statuses: (any CommitStatusReporter)?, metrics: ControllerMetrics, settings: Settings
    ) {
        self.reconciliation = reconciliation
        self.metrics = metrics
        self.environment = environment
        self.source = source
        self.statuses = statuses
        self.settings = settings
        self.logger = environment.logger
        receiver = settings.webhookSecret.map { WebhookReceiver(secret: $0) }
        let box = ReferenceBox()
        queue = WorkQueue(workers: max(1, environment.controller.workers)) { name in
            try await box.controller?.reconcile(name)
        }
        box.set(self)
    }

    /// Holds the controller weakly for the work queue's job, which outlives nothing it refers to.
    private final class ReferenceBox: Sendable {
        private let reference = Mutex<WeakController>(WeakController())

        var controller: Controller? { reference.withLock { $0.controller } }

        func set(_ controller: Controller) { reference.withLock { $0.controller = controller } }
    }

    public var isReady: Bool { ready.load(ordering: .acquiring) }

    // MARK: service

    /// Runs passes and watches engine events until a graceful shutdown; then stops taking work, cancels the
    /// running rollouts at their next safe point (a swap completes) and returns when they have.
    public func run() async throws {
        await reconciliation.recoverInterruptedRollouts()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.passLoop() }
            group.addTask { await self.watchEngineEvents() }
            try? await gracefulShutdown()
            logger.notice("stopping: no new work; running rollouts stop at their next safe point")
            group.cancelAll()
        }
        await queue.shutdown(cancellingRunning: true)
        logger.notice("stopped")
    }

    private func passLoop() async {
        while !Task.isCancelled {
            await pass(overridingBackoff: false)
            let jitter = Double.random(in: 0...0.1)
            try? await Task.sleep(for: settings.interval + settings.interval * jitter)
        }
    }

    /// Reads desired and actual state and queues every deployment that needs work.
    func pass(overridingBackoff: Bool) async {
        let started = ContinuousClock.now
        let pass: PassPlan
        do {
            pass = try await reconciliation.plan()
        } catch {
            if error is ContainerEngineError { metrics.recordDockerError() }
            logger.error("pass failed, nothing changed: \(error)")
            return
        }
        let elapsed = ContinuousClock.now - started
        metrics.recordPass(seconds: elapsed.seconds)
        lastPass.withLock { $0 = pass }
        for candidate in pass.plan.orphanCandidates where !isBusy(candidate.deployment) {
            await queue.trigger(candidate.deployment)
        }
        for entry in pass.plan.entries where needsWork(entry.action) {
            await queue.trigger(entry.name, overridingBackoff: overridingBackoff)
        }
        ready.store(true, ordering: .releasing)
        metrics.setQueueDepth(await queue.queued)
        await recordConditionCounts()
        logger.info("pass at \(pass.configCommit.prefix(12)) in \(elapsed): \(pass.plan.summary)")
        settings.afterPass()
    }

    /// `berth_deployments{condition}`: how many deployments have each condition true.
    private func recordConditionCounts() async {
        guard let conditions = try? await environment.history.conditions() else { return }
        var counts: [String: Int] = [:]
        for condition in conditions.values.joined() where condition.status == .true {
            counts[condition.kind.rawValue, default: 0] += 1
        }
        metrics.setDeployments(byCondition: counts)
    }

    private func needsWork(_ action: Plan.Action) -> Bool {
        switch action {
        case .create, .update, .drifted, .invalid, .unresolved: true
        case .prune: settings.prune
        case .inSync, .suspended, .pinned: false
        }
    }

    // MARK: one deployment

    /// The work queue's job: plans afresh and applies `name` alone, with commit statuses around a rollout.
    /// - Throws: when the deployment failed in a way a retry may fix (the queue backs off).
    func reconcile(_ name: String) async throws {
        busy.withLock { _ = $0.insert(name) }
        defer { busy.withLock { _ = $0.remove(name) } }
        let pass = try await reconciliation.plan()
        lastPass.withLock { $0 = pass }
        let entry = pass.plan.entry(name)
        let rollsOut = entry.map { ["create", "update"].contains($0.action.name) } ?? false
        let commit = CommitID(hex: pass.configCommit)
        if rollsOut, let commit {
            report(CommitStatus(
                commit: commit, context: "berth/\(name)", state: .pending, description: "rolling out",
                targetURL: "\(settings.apiBaseURL)/api/v1/deployments/\(name)"
            ))
        }
        let report = await reconciliation.apply(pass, options: ApplyOptions(only: [name], prune: settings.prune))
        guard let item = report.items.first else { return }
        if item.result != .unchanged { logger.info("\(name): \(item.result.rawValue): \(item.message)") }
        if let rollout = item.rollout {
            metrics.recordRollout(result: rollout.result.rawValue)
            if let commit {
                self.report(Self.status(of: rollout, item: item, commit: commit, apiBaseURL: settings.apiBaseURL))
            }
        }
        if item.result == .failed { throw ReconcileFailure(message: item.message) }
    }

    private struct ReconcileFailure: Error {
        let message: String
    }

    private static func status(of rollout: Rollout, item: ApplyReport.Item, commit: CommitID, apiBaseURL: String)
        -> CommitStatus
    {
        let state: CommitStatus.State
        let description: String
        switch rollout.result {
        case .succeeded:
            state = .success
            description = "generation \(rollout.generation) serves \(rollout.appCommit.prefix(12))"
        case .blocked:
            state = .failure
            description = "blocked at review: \(rollout.error ?? "")"
        case .interrupted:
            state = .error
            description = "interrupted at \(rollout.failingStage ?? "?"): berth stopped"
        default:
            state = .failure
            description = "failed at \(rollout.failingStage ?? "?"): \(rollout.error ?? item.message)"
        }
        return CommitStatus(
            commit: commit, context: "berth/\(rollout.deployment)", state: state, description: description,
            targetURL: rollout.id.map { "\(apiBaseURL)/api/v1/runs/\($0)" }
        )
    }

    /// Posts `status` in the background: a forge outage never blocks or fails a rollout.
    private func report(_ status: CommitStatus) {
        guard let statuses else { return }
        let logger = logger
        Task {
            do {
                try await statuses.post(status)
            } catch {
                logger.warning("commit status \(status.context) \(status.state.rawValue) not posted: \(error)")
            }
        }
    }

    private func isBusy(_ name: String) -> Bool { busy.withLock { $0.contains(name) } }

    // MARK: engine events

    /// Requeues a deployment within a second when one of its containers dies, stops, is destroyed or runs out of
    /// memory. An event during the deployment's own job (berth stopping the old generation, or a stop by hand
    /// racing the job) coalesces into one re-check after it, which finds nothing to do when berth caused it.
    /// Reconnects when the engine restarts.
    private func watchEngineEvents() async {
        let filter = EventFilter(
            labels: BerthLabel.owned(by: environment.controller.stateDir), types: ["container"],
            actions: ["die", "stop", "destroy", "oom"]
        )
        while !Task.isCancelled {
            do {
                for try await event in try await environment.engine.events(filter) {
                    guard let name = event.attributes[BerthLabel.deployment] else { continue }
                    logger.info("\(name): container \(event.action): reconciling")
                    await queue.trigger(name)
                }
            } catch {
                if Task.isCancelled { return }
                metrics.recordDockerError()
                logger.warning("engine events interrupted (\(error)); watching again in 2 s")
            }
            try? await Task.sleep(for: .seconds(2))
        }
    }

    // MARK: actions (HTTP API)

    public func webhook(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) async -> WebhookOutcome {
        guard let receiver else { return .unauthorized("no webhook.secretFile is configured") }
        let outcome = receiver.receive(provider, headers: headers, body: body)
        guard case .accepted(let event) = outcome else { return outcome }
        switch event {
        case .ping:
            return .ignored("ping: nothing to reconcile")
        case .push(let push):
            return await handle(push, event: event)
        case .pullRequest(let request):
            guard case .repository(let remote, _, _) = source, request.repository.matches(remote.url) else {
                return .ignored("pull request on a repository that is not the config repository")
            }
            Task { await self.planPullRequest(request) }
            return outcome
        }
    }

    private func handle(_ push: PushEvent, event: WebhookEvent) async -> WebhookOutcome {
        if case .repository(let remote, let branch, _) = source, push.repository.matches(remote.url) {
            guard push.branch == branch else { return .ignored("push to \(push.branch), not the config branch \(branch)") }
            Task { await self.pass(overridingBackoff: true) }
            return .accepted(event)
        }
        let resolved = lastPass.withLock { $0?.resolved.values.map(\.deployment) ?? [] }
        let names = resolved.filter { deployment in
            guard case .source(let spec, _, _) = deployment.spec.artifact else { return false }
            return spec.ref == push.branch && push.repository.matches(spec.repo)
        }.map(\.name)
        guard !names.isEmpty else {
            return .ignored("no deployment builds from \(push.repository.urls.first ?? "this repository") \(push.branch)")
        }
        for name in names { await queue.trigger(name, overridingBackoff: true) }
        return .accepted(event)
    }

    /// Plans a pull request's head against actual state and posts `berth/plan` on the head commit: failure when a
    /// manifest is invalid (naming file:line), success otherwise, with the counts.
    private func planPullRequest(_ request: PullRequestEvent) async {
        let status: CommitStatus
        do {
            let pass = try await reconciliation.plan(at: request.headCommit.hex)
            let invalid = pass.plan.entries.compactMap { entry -> String? in
                if case .invalid(let message) = entry.action { return message }
                return nil
            } + pass.unnamedInvalid.map(\.description)
            status = CommitStatus(
                commit: request.headCommit, context: "berth/plan", state: invalid.isEmpty ? .success : .failure,
                description: invalid.isEmpty ? pass.plan.summary : "\(pass.plan.summary); \(invalid[0])"
            )
        } catch {
            status = CommitStatus(
                commit: request.headCommit, context: "berth/plan", state: .error, description: "cannot plan: \(error)"
            )
        }
        logger.info("pull request #\(request.number): berth/plan \(status.state.rawValue): \(status.description)")
        report(status)
    }

    public func deployments() async throws -> [DeploymentStatus] {
        try await DeploymentStatus.current(
            engine: environment.engine, history: environment.history, stateDir: environment.controller.stateDir
        )
    }

    public func history(of deployment: String, limit: Int) async throws -> [Rollout] {
        try await environment.history.rollouts(of: deployment, limit: limit)
    }

    public func run(_ id: Int64) async throws -> Rollout? {
        try await environment.history.rollout(id)
    }

    public func logs(of id: Int64) async throws -> (transitions: [StageTransition], lines: [RolloutLogLine]) {
        (try await environment.history.transitions(of: id), try await environment.history.logLines(of: id))
    }

    public func sync(_ deployment: String) async -> Bool {
        let known = lastPass.withLock { $0?.plan.entry(deployment) != nil }
        guard known else { return false }
        await queue.trigger(deployment, overridingBackoff: true)
        return true
    }

    public func rollback(_ deployment: String, to generation: Int?) async throws -> Rollout {
        busy.withLock { _ = $0.insert(deployment) }
        defer { busy.withLock { _ = $0.remove(deployment) } }
        let pass = try await reconciliation.plan()
        return try await reconciliation.rollback(deployment, to: generation, pass: pass)
    }
}
