import AsyncAlgorithms
package import Drivers
import Foundation
import Logging
import Manifest
package import ServiceLifecycle
import Synchronization

/// `berth run`'s core (DESIGN §6): level-triggered passes on a timer, a work queue keyed by deployment, Docker
/// events and webhooks as triggers, commit statuses around each rollout, and the actions the HTTP API exposes.
///
/// A pass reads desired and actual state afresh and queues every deployment that needs work; passes coalesce (one
/// running, one waiting). Each queued job — reconcile or rollback, one at a time per deployment — plans that one
/// deployment from the newest pass, reading only its own sources and containers, so a job acts on fresh state at
/// O(1) engine and git calls. Triggers only say *when*; events berth's own calls cause are not triggers.
package final class Controller: ControllerActions, Service, Sendable {
    /// How the controller behaves, from the controller config and `berth run`'s flags.
    package struct Settings: Sendable {
        /// Between timer passes.
        package var interval: Duration
        /// Remove containers whose deployment left the repository.
        package var prune: Bool
        /// The shared secret webhooks are verified with; nil refuses every webhook.
        package var webhookSecret: String?
        /// Where `berth run` is reached, for commit status links to its dashboard pages: `http://127.0.0.1:8088`.
        package var apiBaseURL: String
        /// What the pass timer and the work queue's backoff run on (a test clock in tests).
        package var clock: any Clock<Duration>
        /// The forge's web page prefix of a config commit (``ForgeFlavor/commitPagePrefix(baseURL:repository:)``);
        /// nil when no forge with web pages is configured.
        package var commitPagePrefix: String?

        package init(
            interval: Duration, prune: Bool, webhookSecret: String?, apiBaseURL: String,
            clock: any Clock<Duration> = ContinuousClock(), commitPagePrefix: String? = nil
        ) {
            self.interval = interval
            self.prune = prune
            self.webhookSecret = webhookSecret
            self.apiBaseURL = apiBaseURL
            self.clock = clock
            self.commitPagePrefix = commitPagePrefix
        }
    }

    let reconciliation: Reconciliation
    let environment: Pipeline.Environment
    private let source: DesiredSource
    private let statuses: (any CommitStatusReporter)?
    private let appStatuses: (any AppCommitStatusReporter)?
    let metrics: ControllerMetrics
    let settings: Settings
    private let receiver: WebhookReceiver?
    let logger: Logger
    private let ready = Atomic<Bool>(false)
    /// The newest full pass: the desired state queued jobs plan their own deployment from.
    let lastPass = Mutex<PassSnapshot?>(nil)
    let queue: WorkQueue
    let passes = PassTrigger()
    /// Drift scans: on the timer and after engine events, one at a time.
    let driftScans = PassTrigger()
    /// The newest drift scan: its report, and what passes re-create for it.
    let driftBoard: DriftBoard
    /// Publishes each drift scan as a branch and pull request (`drift.pullRequest`); nil when off.
    let driftPullRequest: DriftPullRequest?
    private let rollbacks = RollbackRequests()
    /// The newest pass's deployments with work that wait for those they depend on (a compose service's `depends_on`)
    /// to finish theirs.
    private let startOrder = Mutex(StartOrder([], dependsOn: [:]))
    private let ownActions: EngineActionLedger
    private let outbox = Outbox<StatusDelivery>(capacity: 1000)
    /// Tells the `notify` targets how rollouts ended and what drifted.
    let notifier: Notifier
    private let pullRequests = Outbox<PullRequestEvent>(capacity: 100)

    /// - Parameters:
    ///   - environment: what rollouts talk to; the controller watches its engine's calls to tell the events it
    ///     causes from drift.
    ///   - notifications: the `notify` targets; none by default.
    ///   - progress: receives every rollout's stage transitions and output.
    package init(
        source: DesiredSource, environment: Pipeline.Environment, statuses: (any CommitStatusReporter)?,
        appStatuses: (any AppCommitStatusReporter)? = nil, metrics: ControllerMetrics, settings: Settings,
        driftPullRequest: DriftPullRequest? = nil, notifications: [NotificationTarget] = [],
        progress: @escaping ProgressHandler
    ) {
        self.appStatuses = appStatuses
        self.driftPullRequest = driftPullRequest
        var environment = environment
        let ownActions = EngineActionLedger()
        environment.engine = ObservedEngine(environment.engine) { ownActions.record($0) }
        self.ownActions = ownActions
        let driftBoard = DriftBoard()
        self.driftBoard = driftBoard
        reconciliation = Reconciliation(
            reader: DesiredStateReader(
                source: source, repositories: environment.repositories, controller: environment.controller
            ),
            environment: environment, handChanges: { driftBoard.handChanges }, progress: progress
        )
        self.metrics = metrics
        notifier = Notifier(
            targets: notifications, history: environment.history, metrics: metrics, logger: environment.logger)
        self.environment = environment
        self.source = source
        self.statuses = statuses
        self.settings = settings
        self.logger = environment.logger
        receiver = settings.webhookSecret.map { WebhookReceiver(secret: $0) }
        let box = ReferenceBox()
        queue = WorkQueue(
            workers: max(1, environment.controller.workers),
            rollouts: environment.controller.quotas.compactMapValues(\.rollouts),
            team: { name in box.controller?.team(of: name) }, notify: { note in await box.controller?.record(note) },
            clock: settings.clock, job: { name in try await box.controller?.reconcile(name) }
        )
        box.set(self)
    }

    /// Holds the controller weakly for the work queue's job, which outlives nothing it refers to.
    private final class ReferenceBox: Sendable {
        private struct Weak: Sendable {
            weak var controller: Controller?
        }

        private let reference = Mutex(Weak())

        var controller: Controller? { reference.withLock { $0.controller } }

        func set(_ controller: Controller) { reference.withLock { $0.controller = controller } }
    }

    package var isReady: Bool { ready.load(ordering: .acquiring) }

    // MARK: service

    /// Runs passes, watches engine events and posts commit statuses until a graceful shutdown; then stops taking
    /// work, cancels the running rollouts at their next safe point (a swap completes) and returns when they have.
    package func run() async throws {
        await reconciliation.recoverInterruptedRollouts()
        await withDiscardingTaskGroup { outer in
            outer.addTask { await self.postStatuses() }  // drains the outbox to its end, shutdown included
            outer.addTask { await self.notifier.run() }  // the same for notifications
            await withDiscardingTaskGroup { group in
                group.addTask { await self.runPasses() }
                group.addTask { await self.requestPassesOnTimer() }
                group.addTask { await self.watchEngineEvents() }
                group.addTask { await self.planPullRequests() }
                group.addTask { await self.runDriftScans() }
                group.addTask { await self.requestDriftScansOnTimer() }
                try? await gracefulShutdown()
                logger.notice("stopping: no new work; running rollouts stop at their next safe point")
                passes.finish()
                driftScans.finish()
                pullRequests.finish()
                group.cancelAll()
            }
            await queue.shutdown(cancellingRunning: true)
            rollbacks.failAll(ControllerStopping())
            outbox.finish()
            notifier.finish()
        }
        logger.notice("stopped")
    }

    /// Runs the passes ``PassTrigger`` lets through: one at a time, and after each one waits for a burst of
    /// requests to end, so however many pushes arrive together, one more pass answers them.
    private func runPasses() async {
        for await overriding in passes.requests {
            if Task.isCancelled { return }
            await pass(overridingBackoff: overriding)
            GlibcHeap.releaseFreedPages()
            await passes.settle(quiet: Self.passSettle, limit: Self.passSettleLimit, clock: settings.clock)
        }
    }

    /// How long requests must stop before the pass they asked for runs, and how long at most it waits for that.
    static let passSettle = Duration.milliseconds(300)
    static let passSettleLimit = Duration.seconds(10)

    /// Asks for a pass now and then every `interval`, starting after a random tenth of it so that controllers
    /// started together do not poll together.
    private func requestPassesOnTimer() async {
        await requestPasses(every: settings.interval, on: settings.clock)
    }

    private func requestPasses(every interval: Duration, on clock: some Clock<Duration>) async {
        passes.request()
        guard (try? await clock.sleep(for: interval * Double.random(in: 0...0.1))) != nil else { return }
        for await _ in AsyncTimerSequence(interval: interval, clock: clock).cancelOnGracefulShutdown() {
            passes.request()
        }
    }

    /// Reads desired and actual state and queues every deployment that needs work.
    func pass(overridingBackoff: Bool) async {
        let started = ContinuousClock.now
        let pass: PassPlan
        do {
            _ = await reconciliation.prepareRouter()
            pass = try await reconciliation.plan()
        } catch {
            if error is ContainerEngineError { metrics.recordDockerError() }
            logger.error("pass failed, nothing changed: \(error)")
            return
        }
        let elapsed = ContinuousClock.now - started
        metrics.recordPass(seconds: elapsed.seconds)
        lastPass.withLock { $0 = pass.snapshot }
        await reconciliation.liftQuotaStalls(pass)
        await sweepPreviews(pass)
        for name in Set(pass.plan.orphanCandidates.map(\.deployment)).union(pass.plan.staleRoutes) {
            await queue.trigger(name)
        }
        let working = pass.plan.entries.filter { needsWork($0.action) }.map(\.name)
        let dependsOn = Dictionary(
            pass.desired.deployments.map { ($0.name, $0.dependsOn) }, uniquingKeysWith: { first, _ in first })
        let order = StartOrder(working, dependsOn: dependsOn)
        startOrder.withLock { $0 = order }
        for name in order.ready {
            await queue.trigger(name, overridingBackoff: overridingBackoff)
        }
        if settings.prune, let withheld = pass.plan.pruneWithheld {
            logger.warning("prune withheld, kept \(withheld.kept.joined(separator: ", ")): \(withheld.reason)")
        }
        ready.store(true, ordering: .releasing)
        metrics.setQueueDepth(await queue.queued)
        await recordConditionCounts()
        logger.info("pass at \(pass.configCommit.prefix(12)) in \(elapsed): \(pass.plan.summary)")
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
        case .create, .update, .drifted, .invalid, .unresolved, .overQuota: true
        case .prune: settings.prune
        case .inSync, .suspended, .pinned: false
        }
    }

    // MARK: one deployment

    /// The work queue's job for `name`, the one writer of that deployment: first the rollbacks filed for it, else
    /// a reconcile. Either plans `name` alone from the newest pass (its own sources and containers read afresh); then
    /// the deployments of that pass that waited for `name` (``StartOrder``) are triggered.
    /// - Throws: when the deployment failed in a way a retry may fix (the queue backs off).
    func reconcile(_ name: String) async throws {
        do {
            try await reconcileOnce(name)
        } catch {
            await startDependents(of: name)
            throw error
        }
        await startDependents(of: name)
    }

    /// Triggers the deployments of the newest pass that waited for `name` and wait for nothing else now.
    private func startDependents(of name: String) async {
        for dependent in startOrder.withLock({ $0.finished(name) }) {
            await queue.trigger(dependent)
        }
    }

    private func reconcileOnce(_ name: String) async throws {
        let requests = rollbacks.take(name)
        guard requests.isEmpty else {
            for request in requests { await rollBack(name, request) }
            return
        }
        let preview = PreviewName(name)
        if preview != nil, !(try await openPreviews().contains(name)) {
            try await removeClosedPreview(name)
            return
        }
        let pass = try await reconciliation.plan(name, from: try await snapshot())
        let entry = pass.plan.entry(name)
        let rollsOut = entry.map { ["create", "update"].contains($0.action.name) } ?? false
        // A preview's statuses go on the pull request's head only: the config commit does not declare it.
        let commit = preview == nil ? CommitID(hex: pass.configCommit) : nil
        let app = pass.resolved[name]?.source
        let previewAddress = preview == nil ? nil : previewURL(of: pass.resolved[name]?.deployment)
        if rollsOut {
            sendStatuses(config: commit, app: app) { commit in
                CommitStatus(
                    commit: commit, context: "berth/\(name)", state: .pending,
                    description: preview.map { "building the preview of #\($0.number)" } ?? "rolling out",
                    targetURL: "\(settings.apiBaseURL)/deployments/\(name)")
            }
        }
        let report = await reconciliation.apply(pass, options: ApplyOptions(only: [name], prune: settings.prune))
        guard let item = report.items.first else { return }
        if let entry { noteHeal(entry, item: item) }
        if item.result != .unchanged {
            logger.info("\(name): \(item.result.rawValue): \(item.message)", metadata: ["deployment.name": "\(name)"])
        }
        if let rollout = item.rollout {
            metrics.recordRollout(result: rollout.result.rawValue)
            sendStatuses(config: commit, app: app) { commit in
                let status = Self.status(of: rollout, item: item, commit: commit, apiBaseURL: settings.apiBaseURL)
                guard let preview, let previewAddress, status.state == .success else { return status }
                return CommitStatus(
                    commit: commit, context: status.context, state: .success,
                    description: "preview of #\(preview.number) at \(previewAddress) serves "
                        + rollout.appCommit.prefix(12),
                    targetURL: previewAddress)
            }
            if let event = DeploymentEvent(rollout, fallback: item.message, apiBaseURL: settings.apiBaseURL) {
                notifier.notify(event)
            }
        }
        if item.result == .failed { throw ReconcileFailure(message: item.message) }
    }

    /// The team of `name` as the newest pass read it (`metadata.labels.team`); nil before the first pass.
    private func team(of name: String) -> String? {
        lastPass.withLock { $0?.teams[name] }
    }

    /// Keeps a deployment's wait for its team's rollout slot as its `Reconciling` condition (`QuotaWait` while it
    /// waits, DESIGN §14; then why it ended), and logs it.
    private func record(_ note: WorkQueue.QuotaNote) async {
        let name: String
        let condition: Condition
        let commit = lastPass.withLock { $0?.configCommit } ?? ""
        switch note {
        case .waiting(let deployment, let team, let limit, let running):
            name = deployment
            condition = Condition(
                .reconciling, .false, reason: Condition.quotaWait,
                message: "waits for a rollout slot of team \(team): quotas.\(team).rollouts is \(limit) and "
                    + "\(running.joined(separator: ", ")) \(running.count == 1 ? "runs" : "run")",
                observedConfigCommit: commit)
        case .admitted(let deployment, let team):
            name = deployment
            condition = Condition(
                .reconciling, .false, reason: "QuotaAdmitted",
                message: "a rollout slot of team \(team) is free: reconciling", observedConfigCommit: commit)
        case .dropped(let deployment, let team):
            name = deployment
            condition = Condition(
                .reconciling, .false, reason: "Stopped",
                message:
                    "berth stopped while it waited for a rollout slot of team \(team); the next start reconciles it",
                observedConfigCommit: commit)
        case .cancelled(let deployment, let team):
            name = deployment
            condition = Condition(
                .reconciling, .false, reason: "Cancelled",
                message: "the reconcile that waited for a rollout slot of team \(team) was cancelled; the next trigger "
                    + "reconciles it",
                observedConfigCommit: commit)
        }
        logger.info("\(name): \(condition.message)", metadata: ["deployment.name": "\(name)"])
        do {
            try await environment.history.set(condition, for: name)
        } catch {
            logger.warning("\(name): cannot record condition \(condition.reason): \(error)")
        }
    }

    /// The newest full pass; the first job before any pass plans one.
    func snapshot() async throws -> PassSnapshot {
        if let pass = lastPass.withLock({ $0 }) { return pass }
        let pass = try await reconciliation.plan().snapshot
        lastPass.withLock { $0 = $0 ?? pass }
        return pass
    }

    private func rollBack(_ name: String, _ request: RollbackRequests.Request) async {
        do {
            let pass = try await reconciliation.plan(name, from: try await snapshot())
            let rollout = try await reconciliation.rollback(name, to: request.generation, pass: pass)
            metrics.recordRollout(result: rollout.result.rawValue)
            if let event = DeploymentEvent(rollout, fallback: "rollback", apiBaseURL: settings.apiBaseURL) {
                notifier.notify(event)
            }
            request.reply.yield(rollout)
            request.reply.finish()
        } catch {
            request.reply.finish(throwing: error)
        }
    }

    struct ReconcileFailure: Error {
        let message: String
    }

    private static func status(of rollout: Rollout, item: ApplyReport.Item, commit: CommitID, apiBaseURL: String)
        -> CommitStatus
    {
        let state: CommitStatus.State =
            switch rollout.result {
            case .succeeded: .success
            case .interrupted, .cancelled: .error
            default: .failure
            }
        return CommitStatus(
            commit: commit, context: "berth/\(rollout.deployment)", state: state,
            description: rollout.outcome(fallback: item.message),
            targetURL: rollout.id.map { "\(apiBaseURL)/runs/\($0)" }
        )
    }

    /// Sends a deployment's status for the config commit and, when it builds from an app repository, for the app
    /// commit it deploys (DESIGN §7; once when the app is built from the config commit itself).
    private func sendStatuses(
        config: CommitID?, app: ResolvedDeployment.SourceBuild?, _ status: (CommitID) -> CommitStatus
    ) {
        if let config { outbox.send(StatusDelivery(status: status(config), appRepository: nil)) }
        if let app, app.commit != config {
            outbox.send(StatusDelivery(status: status(app.commit), appRepository: app.remote))
        }
    }

    /// Posts the commit statuses sent to the outbox, in order, until it is finished: a forge outage never blocks or
    /// fails a rollout.
    private func postStatuses() async {
        for await delivery in outbox.items {
            let status = delivery.status
            do {
                if let remote = delivery.appRepository {
                    try await appStatuses?.post(status, on: remote)
                } else {
                    try await statuses?.post(status)
                }
            } catch let error as AppRepositoryUnknown {
                // An app repository off the forge (a local path): nothing to post to, nothing wrong.
                logger.debug("commit status \(status.context) not posted on the app commit: \(error)")
            } catch {
                let commit =
                    delivery.appRepository.map { "app commit \(status.commit.hex.prefix(12)) of \($0)" }
                    ?? "config commit"
                logger.warning(
                    "commit status \(status.context) \(status.state.rawValue) on \(commit) not posted: \(error)")
            }
        }
    }

    // MARK: engine events

    /// Requeues a deployment when one of its containers dies, stops, is destroyed or runs out of memory, unless
    /// berth's own call caused it (``EngineActionLedger``) or Swarm replaces it (``ContainerEventTriage``). An event
    /// during the deployment's own job (a stop by hand racing it) coalesces into one re-check after it. Reconnects
    /// when the engine restarts.
    private func watchEngineEvents() async {
        let filter = EventFilter(
            labels: BerthLabel.owned(by: environment.controller.stateDir), types: ["container"],
            actions: ["die", "stop", "destroy", "oom"]
        )
        while !Task.isCancelled {
            do {
                for try await event in try await environment.engine.events(filter) {
                    let name: String
                    switch ContainerEventTriage(event) {
                    case .ignored:
                        continue
                    case .router:
                        if !ownActions.consume(event) {
                            logger.warning("\(ManagedRouter.containerName) \(event.action): healing it in a pass")
                            passes.request()
                        }
                        continue
                    case .deployment(let deployment):
                        name = deployment
                    }
                    let metadata: Logger.Metadata = [
                        "deployment.name": "\(name)", "container.name": "\(event.attributes["name"] ?? event.actorID)",
                    ]
                    if ownActions.consume(event) {
                        logger.debug("container \(event.action), caused by berth", metadata: metadata)
                        continue
                    }
                    logger.info("container \(event.action): reconciling", metadata: metadata)
                    await queue.trigger(name)
                    driftScans.request()
                }
            } catch {
                if Task.isCancelled { return }
                metrics.recordDockerError()
                logger.warning("engine events interrupted (\(error)); watching again in 2 s")
            }
            try? await settings.clock.sleep(for: .seconds(2))
        }
    }

    // MARK: actions (HTTP API)

    package func webhook(_ provider: WebhookProvider, headers: WebhookHeaders, body: [UInt8]) async -> WebhookOutcome {
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
                return await preview(request, event: event)
            }
            guard request.action != .closed else {
                return .ignored("pull request #\(request.number) was closed: nothing to plan")
            }
            pullRequests.send(request)
            return outcome
        }
    }

    private func handle(_ push: PushEvent, event: WebhookEvent) async -> WebhookOutcome {
        if case .repository(let remote, let branch, _) = source, push.repository.matches(remote.url) {
            guard push.branch == branch else {
                return .ignored("push to \(push.branch), not the config branch \(branch)")
            }
            passes.request(overridingBackoff: true)
            return .accepted(event)
        }
        let declared = lastPass.withLock { $0?.desired.deployments ?? [] }
        let names = declared.filter { deployment in
            guard case .source(let spec, _, _) = deployment.spec.artifact else { return false }
            return spec.ref == push.branch && push.repository.matches(spec.repo)
        }.map(\.name)
        guard !names.isEmpty else {
            return .ignored(
                "no deployment builds from \(push.repository.urls.first ?? "this repository") \(push.branch)")
        }
        for name in names { await queue.trigger(name, overridingBackoff: true) }
        return .accepted(event)
    }

    /// Plans each pull request sent to ``pullRequests``, one at a time, until it is finished.
    private func planPullRequests() async {
        for await request in pullRequests.items {
            await planPullRequest(request)
        }
    }

    /// Plans a pull request's head against actual state and posts `berth/plan` on the head commit: failure when a
    /// manifest is invalid (naming file:line) or a team's quota cannot hold a deployment (with the numbers), success
    /// otherwise, with the counts.
    private func planPullRequest(_ request: PullRequestEvent) async {
        let status: CommitStatus
        var entries: [PullRequestPlan.Entry] = []
        let page = "\(settings.apiBaseURL)/plans/\(request.headCommit.hex)"
        do {
            let pass = try await reconciliation.plan(at: request.headCommit.hex)
            let invalid =
                pass.plan.entries.compactMap { entry -> String? in
                    switch entry.action {
                    case .invalid(let message), .overQuota(let message): return message
                    default: return nil
                    }
                } + pass.unnamedInvalid.map(\.description)
            entries =
                pass.plan.entries.map { entry in
                    let line = entry.line
                    return PullRequestPlan.Entry(deployment: entry.name, action: line.action, detail: line.detail)
                } + pass.unnamedInvalid.map { .init(deployment: "", action: "invalid", detail: $0.description) }
            status = CommitStatus(
                commit: request.headCommit, context: "berth/plan", state: invalid.isEmpty ? .success : .failure,
                description: invalid.isEmpty ? pass.plan.summary : "\(pass.plan.summary); \(invalid[0])",
                targetURL: page
            )
        } catch {
            status = CommitStatus(
                commit: request.headCommit, context: "berth/plan", state: .error, description: "cannot plan: \(error)",
                targetURL: page
            )
        }
        logger.info("pull request #\(request.number): berth/plan \(status.state.rawValue): \(status.description)")
        let kept = PullRequestPlan(
            headCommit: request.headCommit.hex, number: request.number, state: status.state.rawValue,
            summary: status.description, entries: entries)
        do {
            try await environment.history.save(kept)
        } catch {
            logger.warning("the plan of pull request #\(request.number) was not kept in history: \(error)")
        }
        outbox.send(StatusDelivery(status: status, appRepository: nil))
    }

    package func deployments() async throws -> [DeploymentStatus] {
        try await DeploymentStatus.current(
            engine: environment.engine, history: environment.history, stateDir: environment.controller.stateDir,
            swarm: environment.swarm
        )
    }

    package func routerStatus() async throws -> RouterStatus {
        try await RouterStatus.current(
            router: environment.router, engine: environment.engine, history: environment.history,
            controller: environment.controller, swarm: environment.swarm)
    }

    package func history(of deployment: String, limit: Int) async throws -> [Rollout] {
        try await environment.history.rollouts(of: deployment, limit: limit)
    }

    package func run(_ id: Int64) async throws -> Rollout? {
        try await environment.history.rollout(id)
    }

    package func logs(of id: Int64) async throws -> (transitions: [StageTransition], lines: [RolloutLogLine]) {
        (try await environment.history.transitions(of: id), try await environment.history.logLines(of: id))
    }

    package var history: History { environment.history }

    package func summaries() async throws -> [DeploymentSummary] {
        try await DeploymentSummary.current(
            statuses: try await deployments(), declared: lastPass.withLock { $0?.desired.deployments ?? [] },
            history: environment.history, configCommitURL: configCommitURL)
    }

    package func configCommitURL(_ commit: String) -> String? {
        settings.commitPagePrefix.map { $0 + commit }
    }

    package func sync(_ deployment: String, by actor: String) async -> Bool {
        guard isDeclared(deployment) else { return false }
        await queue.trigger(deployment, overridingBackoff: true)
        await note(.sync, deployment, actor, "reconcile queued")
        return true
    }

    package func rollback(_ deployment: String, to generation: Int?, by actor: String) async throws -> Rollout {
        let reply = rollbacks.add(deployment, generation: generation)
        await queue.trigger(deployment, overridingBackoff: true)
        do {
            for try await rollout in reply {
                await note(.rollback, deployment, actor, "generation \(rollout.generation) restored and pinned")
                return rollout
            }
        } catch {
            await note(.rollback, deployment, actor, "refused: \(error)")
            throw error
        }
        throw ControllerStopping()
    }

    package func unpin(_ deployment: String, by actor: String) async throws -> Bool {
        guard try await environment.history.pins()[deployment] != nil else { return false }
        try await environment.history.unpin(deployment)
        await note(.unpin, deployment, actor, "pin lifted; reconcile queued")
        await queue.trigger(deployment, overridingBackoff: true)
        return true
    }

    package func suspend(_ deployment: String, by actor: String) async throws -> Bool {
        guard isDeclared(deployment) else { return false }
        try await environment.history.suspend(deployment, actor: actor)
        await note(.suspend, deployment, actor, "passes leave it as it runs until it is resumed")
        return true
    }

    package func resume(_ deployment: String, by actor: String) async throws -> Bool {
        guard try await environment.history.resume(deployment) else { return false }
        await note(.resume, deployment, actor, "suspension lifted; reconcile queued")
        await queue.trigger(deployment, overridingBackoff: true)
        return true
    }

    package func cancel(_ deployment: String, by actor: String) async -> Bool {
        let dropped = await queue.drop(deployment)
        guard environment.cancellations.cancel(deployment, by: actor) else {
            if dropped { await note(.cancel, deployment, actor, "queued reconcile dropped; no rollout was running") }
            return false
        }
        await note(.cancel, deployment, actor, "the running rollout stops at its next safe point")
        return true
    }

    package func isRollingOut(_ deployment: String) -> Bool { environment.cancellations.isRunning(deployment) }

    package func plan(of deployment: String) async -> PlanLine? {
        lastPass.withLock { $0?.line(of: deployment) }
    }

    /// Whether the newest pass declared `deployment`.
    private func isDeclared(_ deployment: String) -> Bool {
        lastPass.withLock { $0?.planned.contains(deployment) ?? false }
    }

    /// Keeps what `actor` asked of `deployment` in history; a history that cannot be written is logged, and the
    /// action stands.
    private func note(_ kind: OperatorAction.Kind, _ deployment: String, _ actor: String, _ detail: String) async {
        let action = OperatorAction(deployment: deployment, kind: kind, actor: actor, detail: detail)
        do {
            try await environment.history.record(action)
        } catch {
            logger.warning("\(kind.rawValue) of \(deployment) by \(actor) not kept in history: \(error)")
        }
        logger.info(
            "\(kind.rawValue) of \(deployment) by \(actor): \(detail)", metadata: ["deployment.name": "\(deployment)"])
    }
}

/// The controller stopped before it could answer.
package struct ControllerStopping: Error, CustomStringConvertible {
    package var description: String { "berth is stopping; nothing was done" }
}

/// A commit status on its way to the forge: on the config repository, or on the app repository `appRepository`
/// clones.
struct StatusDelivery: Sendable {
    let status: CommitStatus
    let appRepository: GitRemote?
}
