import Manifest

/// One rollout's stages (DESIGN §5) without I/O: each mutating method takes what just happened and returns the
/// ``Action`` to take next, which ``Pipeline`` carries out against the engine, the health probe, the review
/// gate, the build, history and its clock, feeding the result back. The machine never reads a clock; events that
/// need time carry how long the rollout has run.
///
/// ```swift
/// var machine = RolloutStateMachine(configuration)
/// var action = machine.start()                  // review
/// action = machine.reviewed(.skipped("prebuilt image"))   // build
/// action = machine.built(image: "web:1", .skipped("prebuilt image"))   // prepare, create, start, health, swap …
/// ```
///
/// The stages in order: resolve (a pull, when the deployment's pull policy asks for one) → review → build → volumes → (`stop-first`: stop the running generations) → prepare →
/// create the candidate (up to three allocated ports when one is taken meanwhile) → start → health (a settle timer
/// without a check; otherwise probes every `interval` until `healthyThreshold` pass in a row within `startPeriod`,
/// failing at once when the container exits; then one listing of the deployment: the candidate must still run) →
/// swap (behind a router: point the route at the candidate and read it back first; rename the candidate; behind a
/// router wait `drain`; then stop and remove every other generation that listing found — with a watch, the one that
/// served is renamed `-previous` and kept instead, running behind a router, stopped otherwise) → watch (only with
/// `rollout.watch`: checks of the new generation through the window; `failureThreshold` failures in a row or an
/// exit, restart or OOM kill route back to the previous generation, stop and remove the new one and end
/// `rolled-back`; a healthy window removes the previous one) → report (image retention, when this rollout built an
/// image). A failure before the rename undoes what was done: the candidate is
/// removed and, for `stop-first`, the generation that served is started again. Cancellation stops at the next safe
/// point: before the rename it undoes like a failure and ends `interrupted`; the swap and an undo always run to
/// their end.
struct RolloutStateMachine {
    /// A container of the deployment that exists before the rollout.
    struct Generation: Sendable, Hashable {
        let id: String
        let name: String
        let generation: Int
        var isRunning: Bool
        /// `berth.port`: where it serves, for routing traffic back to it.
        var port: Int? = nil
    }

    /// How a router reaches the deployment (DESIGN §13).
    struct Routing: Sendable, Hashable {
        /// How long the generation that served keeps answering in-flight requests after the route moved.
        var drain: Duration
    }

    /// The watch after cutover (`spec.rollout.watch`).
    struct WatchPlan: Sendable, Hashable {
        /// How long the new generation is watched, counted from the first check after the swap.
        var window: Duration
        /// Failed checks in a row that roll back.
        var failureThreshold: Int
        /// Between checks.
        var interval: Duration
    }

    /// How the candidate must prove itself before the swap.
    enum HealthPlan: Sendable, Hashable {
        /// No check declared: the candidate must still run after this long.
        case settle(Duration)
        /// Probe every `interval` until `healthyThreshold` checks pass in a row, within `startPeriod`.
        case probe(interval: Duration, startPeriod: Duration, healthyThreshold: Int)
    }

    /// What the rollout is asked to do.
    struct Configuration: Sendable, Hashable {
        /// `<deployment>-<generation>-candidate`.
        var candidateName: String
        /// `<deployment>-<generation>`: the candidate's name after the swap.
        var activeName: String
        var strategy: Strategy
        /// The generation that serves now: `stop-first` stops it first and starts it again when the rollout fails.
        var serving: Generation?
        /// Every non-candidate generation of the deployment as listed before the rollout (``serving`` included):
        /// the ones `stop-first` stops. The swap retires the generations listed right before it.
        var retiring: [Generation]
        var stopGracePeriod: Duration
        var health: HealthPlan
        /// Whether the deployment declares named volumes to create before the candidate.
        var createsVolumes: Bool
        /// What the resolve stage found, for its history line.
        var resolved: String
        /// Whether the resolve stage pulls the image first (an `image:` deployment whose pull policy asks for it).
        var pullsImage: Bool = false
        /// Set when a router sends traffic to the deployment.
        var routing: Routing? = nil
        /// Set when `rollout.watch` asks for a watch after cutover.
        var watch: WatchPlan? = nil
        /// The deployment's name, for the `-previous` name a watch gives the generation that served.
        var deployment: String = ""
        /// Set on the swarm runtime: the rollout updates the deployment's service and follows Swarm's update instead
        /// of creating, checking and swapping a candidate container.
        var service: ServicePlan? = nil
    }

    /// How many ports berth allocates in a row before giving up when each is taken by the time Docker binds it.
    static let portAttempts = 3

    let configuration: Configuration
    var state = State.initial
    /// The image the candidate runs, once built or found.
    var image = ""
    /// The candidate's id and port, once created.
    var candidate: Candidate?
    /// Whether the candidate may exist: once its creation was asked for, until it was removed.
    var candidateMayExist = false
    /// The generations `stop-first` asked the engine to stop before creating the candidate.
    var stoppedFirst: Set<String> = []
    /// The cancellation that arrived while the swap ran, if one did: the rollout ends after it, skipping image
    /// retention.
    var cancelledDuringSwap: Cancellation?
    /// The generations the swap stops and removes, as listed right before it.
    var retiringAtSwap: [Generation] = []
    /// Whether the build stage made a new image: only then can image retention have anything to remove.
    var builtImage = false
    /// Whether the route may point at the candidate: from the switch until the rename, an undo points it back.
    var routeMayPointAtCandidate = false
    /// The generation that served, kept as `-previous` through the watch.
    var previous: Generation?
    /// Swarm runtime: whether the service may have been changed by this rollout, from asking for the deploy until
    /// Swarm settled it healthy or rolled it back itself: an undo puts it back.
    var serviceMayHaveChanged = false
    /// Swarm runtime: the generation's running tasks as the last look at the service found them (probed each round).
    var lastEndpoints: [ServiceProgress.Endpoint] = []
    /// Where the watch is: not begun, under way, over.
    var watchPhase = WatchPhase.notBegun

    init(_ configuration: Configuration) {
        self.configuration = configuration
    }

    /// The stage the rollout is in.
    var stage: Stage { state.stage }

    // MARK: events

    /// Begins the rollout: records the resolve stage and asks for the pull it needs, if any, else for the review.
    mutating func start() -> Action {
        guard case .initial = state else { return unexpected("start") }
        guard !configuration.pullsImage else {
            state = .pulling
            return Action([.started(.resolve)], .pullImage)
        }
        state = .reviewing
        return Action(
            [.started(.resolve), .ended(.resolve, .succeeded(configuration.resolved)), .started(.review)],
            .review)
    }

    /// The resolve stage's pull brought the image onto the engine; `message` says what it resolved to.
    mutating func pulled(_ message: String) -> Action {
        guard case .pulling = state else { return unexpected("pulled") }
        state = .reviewing
        return Action([.ended(.resolve, .succeeded(message)), .started(.review)], .review)
    }

    /// The review passed, or had nothing to review.
    mutating func reviewed(_ ending: Ending) -> Action {
        guard case .reviewing = state else { return unexpected("reviewed") }
        state = .building
        return Action([.ended(.review, ending), .started(.build)], .build)
    }

    /// The candidate's image is ready: built, already built, or prebuilt.
    mutating func built(image: String, _ ending: Ending) -> Action {
        guard case .building = state else { return unexpected("built") }
        self.image = image
        if case .succeeded = ending { builtImage = true }
        let notes: [Note] = [.ended(.build, ending), .started(.start)]
        guard !configuration.createsVolumes else {
            state = .creatingVolumes
            return Action(notes, .createVolumes)
        }
        return afterVolumes(notes)
    }

    /// The deployment's named volumes exist.
    mutating func volumesCreated() -> Action {
        guard case .creatingVolumes = state else { return unexpected("volumesCreated") }
        return afterVolumes([])
    }

    /// A generation was stopped: `stop-first`'s, or one the swap retires.
    mutating func stopped() -> Action {
        switch state {
        case .stoppingFirst(let generations):
            let note = Note.output(.start, "stopped generation \(generations[0].generation) first (stop-first)")
            return stopFirst(Array(generations.dropFirst()), notes: [note])
        case .retiring(var remaining, stopping: true):
            remaining[0].isRunning = false
            return retire(remaining)
        case .stoppingPrevious(let others):
            previous?.isRunning = false
            return drainThenRetire(others)
        case .rollingBack:
            return rollBackStepDone(nil)
        case .removingPrevious:
            return previousRetired()
        default:
            return unexpected("stopped")
        }
    }

    /// The checks that run right before creation passed (secrets opened, host paths allowed).
    mutating func prepared() -> Action {
        guard case .preparing = state else { return unexpected("prepared") }
        guard configuration.service == nil else { return deployService() }
        return create(attempt: 1, excludingPorts: [])
    }

    /// The candidate was created with this id, serving on `port`; `probeTarget` says where health checks go.
    mutating func created(id: String, port: ServingPort, probeTarget: String) -> Action {
        guard case .creating(let attempt, let excluded) = state else { return unexpected("created") }
        candidate = Candidate(id: id, port: port, probeTarget: probeTarget, attempt: attempt, excludedPorts: excluded)
        state = .startingCandidate
        return Action([], .startCandidate(id: id))
    }

    /// The candidate runs; `elapsed` is how long the rollout has run (the health deadline counts from here).
    mutating func candidateStarted(elapsed: Duration) -> Action {
        guard case .startingCandidate = state, let candidate else { return unexpected("candidateStarted") }
        let serving = candidate.port.boundAddress.map { " serving on \($0)" } ?? ""
        let notes: [Note] = [
            .ended(.start, .succeeded("started \(configuration.candidateName)\(serving)")),
            .started(.health),
        ]
        switch configuration.health {
        case .settle(let duration):
            state = .settling
            return Action(notes, .wait(duration))
        case .probe:
            state = .probing(HealthProgress(startedAt: elapsed))
            return Action(notes, .probeCandidate(id: candidate.id))
        }
    }

    /// The candidate could not start because another process took its host port after berth picked it.
    mutating func portTaken(_ message: String) -> Action {
        guard case .startingCandidate = state, let candidate else { return unexpected("portTaken") }
        guard candidate.port.isAllocated, let port = candidate.port.hostPort else { return failed(message) }
        guard candidate.attempt < Self.portAttempts else {
            return failed(reason: "NoFreePort", "\(Self.portAttempts) allocated ports in a row were taken: \(message)")
        }
        state = .discardingCandidate
        return Action(
            [.output(.start, "port \(port) was taken meanwhile; trying another")],
            .removeContainer(id: candidate.id))
    }

    /// A container was removed: a candidate whose port was taken, or a generation the swap retires.
    mutating func removed() -> Action {
        switch state {
        case .discardingCandidate:
            guard let candidate else { return unexpected("removed") }
            self.candidate = nil
            candidateMayExist = false
            var excluded = candidate.excludedPorts
            if let port = candidate.port.hostPort { excluded.insert(port) }
            return create(attempt: candidate.attempt + 1, excludingPorts: excluded)
        case .retiring(let remaining, stopping: false):
            return retire(Array(remaining.dropFirst()))
        case .rollingBack:
            return rollBackStepDone(nil)
        case .removingPrevious:
            return previousRetired()
        default:
            return unexpected("removed")
        }
    }

    /// A ``Step/wait(_:)`` ended.
    mutating func timerFired() -> Action {
        if let action = serviceTimerFired() { return action }
        guard let candidate else { return unexpected("timerFired") }
        switch state {
        case .settling:
            state = .checkingBeforeSwap
            return Action([], .checkGenerations(candidate: candidate.id))
        case .waitingToProbe(let progress):
            state = .probing(progress)
            return Action([], .probeCandidate(id: candidate.id))
        case .draining(let remaining):
            return retire(remaining)
        case .waitingToWatch(let progress):
            state = .watching(progress)
            return Action([], .probeCandidate(id: candidate.id))
        default:
            return unexpected("timerFired")
        }
    }

    /// One check of the candidate ended; `elapsed` is how long the rollout has run.
    mutating func probed(_ result: ProbeResult, elapsed: Duration) -> Action {
        switch state {
        case .probing(var progress):
            guard case .probe(let interval, let startPeriod, let threshold) = configuration.health, let candidate
            else { return unexpected("probed") }
            progress.checks += 1
            var notes: [Note] = []
            switch result {
            case .exited(let why):
                return failed(reason: "ContainerExited", "container \(why) before it was healthy")
            case .pending:
                break
            case .passed:
                progress.passes += 1
                notes.append(.output(.health, "check \(progress.checks): passed (\(progress.passes)/\(threshold))"))
                if progress.passes >= threshold {
                    let message = "\(progress.passes) checks in a row passed on \(candidate.probeTarget)"
                    state = .checkingBeforeSwap
                    return Action(
                        notes + [.ended(.health, .succeeded(message))], .checkGenerations(candidate: candidate.id))
                }
            case .failed(let reason):
                progress.passes = 0
                progress.lastFailure = reason
                notes.append(.output(.health, "check \(progress.checks): \(reason)"))
            }
            if elapsed - progress.startedAt >= startPeriod {
                return failed(
                    reason: "HealthCheckFailed", notes: notes,
                    "not healthy within startPeriod \(startPeriod) on \(candidate.probeTarget): \(progress.lastFailure)"
                )
            }
            state = .waitingToProbe(progress)
            return Action(notes, .wait(interval))
        case .watching(let progress):
            return watched(result, progress: progress, elapsed: elapsed)
        default:
            return unexpected("probed")
        }
    }

    /// The deployment was listed right before the swap: `candidateExited` says why the candidate no longer runs
    /// (nil while it does), and `generations` are its other non-candidate containers, which the swap retires.
    mutating func checked(candidateExited: String?, generations: [Generation]) -> Action {
        guard case .checkingBeforeSwap = state, let candidate else { return unexpected("checked") }
        if let candidateExited {
            return failed(reason: "ContainerExited", "container \(candidateExited) before it was healthy")
        }
        retiringAtSwap = generations.filter { $0.id != candidate.id }
        guard case .settle(let duration) = configuration.health else { return swap([]) }
        return swap([.ended(.health, .succeeded("running after \(duration) (no health check declared)"))])
    }

    /// A container got a new name: the candidate its active one (from here on it is the generation that serves),
    /// the generation that served its `-previous` one, or, rolling back, its active one again.
    mutating func renamed() -> Action {
        switch state {
        case .renaming:
            candidateMayExist = false
            routeMayPointAtCandidate = false
            let retiring = retiringAtSwap.map { generation in
                var generation = generation
                if stoppedFirst.contains(generation.id) { generation.isRunning = false }
                return generation
            }
            return keepPreviousOrRetire(retiring)
        case .keepingPrevious(let others):
            guard configuration.routing == nil, previous?.isRunning == true, let previous else {
                return drainThenRetire(others)
            }
            // Without a router nothing stops traffic reaching it: it waits stopped, and a rollback starts it.
            state = .stoppingPrevious(others: others)
            return Action([], .stopContainer(id: previous.id, grace: configuration.stopGracePeriod))
        case .rollingBack:
            return rollBackStepDone(nil)
        default:
            return unexpected("renamed")
        }
    }

    /// The route points where the last ``Step/routeTo(port:)`` asked, as read back from the router.
    mutating func routed() -> Action {
        switch state {
        case .routing:
            guard let candidate else { return unexpected("routed") }
            state = .renaming
            let note = Note.output(.swap, "route points at \(candidate.port.hostPort.map { "127.0.0.1:\($0)" } ?? "?")")
            return Action([note], .rename(id: candidate.id, to: configuration.activeName))
        case .rollingBack:
            return rollBackStepDone(nil)
        case .undoing:
            return undoStepDone(nil)
        default:
            return unexpected("routed")
        }
    }

    /// Image retention ran; `removed` images went.
    mutating func imagesPruned(removed: Int) -> Action {
        guard case .pruning = state else { return unexpected("imagesPruned") }
        let message = removed == 0 ? "no images beyond retention" : "removed \(removed) old images"
        let outcome = Outcome(result: .succeeded, failure: nil, port: candidate?.port)
        return finish([.ended(.report, .succeeded(message))], outcome)
    }

    /// The current step failed. `reason` is the `Ready` condition's reason (default `<Stage>Failed`); `result` is
    /// `blocked` when the review gate refused the change. During an undo the undo goes on with its next step; after
    /// the rename the new generation keeps serving and the rollout fails without undoing.
    mutating func failed(reason: String? = nil, _ message: String, result: Rollout.Result = .failed) -> Action {
        failed(reason: reason, notes: [], message, result: result)
    }

    /// The task running the rollout was cancelled. Returns what to do instead of the pending step, or nil when
    /// the pending step must run anyway (the swap and an undo are never abandoned halfway; a cancelled swap ends
    /// the rollout right after it).
    mutating func cancel(_ cancellation: Cancellation = .stopping) -> Action? {
        switch state {
        case .initial, .finished, .undoing:
            return nil
        case .renaming, .retiring, .pruning, .keepingPrevious, .stoppingPrevious, .rollingBack, .removingPrevious:
            cancelledDuringSwap = cancellation
            return nil
        case .draining(let remaining):
            // Stop waiting: each generation still gets its stop grace period to finish what it serves.
            cancelledDuringSwap = cancellation
            return retire(remaining)
        case .waitingToWatch, .watching:
            cancelledDuringSwap = cancellation
            return endWatchEarly()
        default:
            let stage = state.stage
            let failure = StageFailure(
                stage, reason: cancellation.reason, cancellation.message, result: cancellation.result)
            return undo(
                after: failure, notes: [.interrupted(stage, "\(cancellation.message); undoing what this rollout did")])
        }
    }

    // MARK: undo

    /// The container output was kept in history (or could not be read).
    mutating func outputCollected() -> Action { undoStepDone(nil) }

    /// A generation was started again: the one `stop-first` stopped (undo), or the previous one (rolling back).
    mutating func servingRestarted() -> Action {
        if case .rollingBack = state { return rollBackStepDone(nil) }
        return undoStepDone(nil)
    }

    /// The candidate was removed by the undo.
    mutating func candidateRemoved() -> Action { undoStepDone(nil) }

    // MARK: transitions

    /// `stop-first` stops every running generation (the one that serves first): they hold the fixed port.
    private mutating func afterVolumes(_ notes: [Note]) -> Action {
        // On a swarm, Swarm applies the order task by task (`UpdateConfig.Order`).
        guard configuration.strategy == .stopFirst, configuration.service == nil else { return prepare(notes) }
        let running = configuration.retiring.filter(\.isRunning)
        return stopFirst(
            running.filter { $0.id == configuration.serving?.id }
                + running.filter { $0.id != configuration.serving?.id },
            notes: notes)
    }

    private mutating func stopFirst(_ generations: [Generation], notes: [Note]) -> Action {
        guard let next = generations.first else { return prepare(notes) }
        state = .stoppingFirst(generations)
        stoppedFirst.insert(next.id)
        return Action(notes, .stopContainer(id: next.id, grace: configuration.stopGracePeriod))
    }

    private mutating func prepare(_ notes: [Note]) -> Action {
        state = .preparing
        return Action(notes, .prepareCandidate)
    }

    private mutating func create(attempt: Int, excludingPorts excluded: Set<Int>) -> Action {
        state = .creating(attempt: attempt, excludedPorts: excluded)
        candidateMayExist = true
        return Action([], .createCandidate(image: image, excludingPorts: excluded))
    }

    /// Health passed: at this safe point a cancellation still undoes; otherwise the swap begins, behind a router by
    /// pointing the route at the candidate (read back before anything else changes), else with the rename.
    private mutating func swap(_ notes: [Note]) -> Action {
        guard let candidate else { return unexpected("swap") }
        if configuration.routing != nil, let port = candidate.port.hostPort {
            state = .routing
            routeMayPointAtCandidate = true
            return Action(notes + [.started(.swap)], .routeTo(port: port))
        }
        state = .renaming
        return Action(notes + [.started(.swap)], .rename(id: candidate.id, to: configuration.activeName))
    }

    /// Behind a router, the generations that served keep answering in-flight requests for `drain` before they stop.
    mutating func drainThenRetire(_ retiring: [Generation]) -> Action {
        guard let routing = configuration.routing, routing.drain > .zero, retiring.contains(where: \.isRunning),
            cancelledDuringSwap == nil
        else { return retire(retiring) }
        state = .draining(retiring)
        return Action([.output(.swap, "draining for \(routing.drain) before stopping what served")], .wait(routing.drain))
    }

    /// Stops (when running) and removes the first of `remaining`; when none is left, ends the swap (and begins the
    /// watch, when one is asked for) or, after the watch, goes on to the report.
    mutating func retire(_ remaining: [Generation]) -> Action {
        guard let next = remaining.first else {
            switch watchPhase {
            case .notBegun:
                let retired = retiringAtSwap.filter { $0.id != previous?.id }.map { "generation \($0.generation)" }
                var message =
                    "\(configuration.activeName) is active"
                    + (retired.isEmpty ? "" : "; \(retired.joined(separator: ", ")) stopped and removed")
                if let previous {
                    message += "; generation \(previous.generation) kept \(previous.isRunning ? "running, unrouted," : "stopped") "
                        + "as \(ContainerName.previous(configuration.deployment, generation: previous.generation))"
                }
                guard configuration.watch != nil, cancelledDuringSwap == nil else {
                    return report([.ended(.swap, .succeeded(message))])
                }
                return beginWatch([.ended(.swap, .succeeded(message))])
            case .underWay, .passed:
                return report([])
            }
        }
        if next.isRunning {
            state = .retiring(remaining, stopping: true)
            return Action([], .stopContainer(id: next.id, grace: configuration.stopGracePeriod))
        }
        state = .retiring(remaining, stopping: false)
        return Action([], .removeContainer(id: next.id))
    }

    /// Begins the report stage: image retention, unless nothing was built or berth is stopping.
    mutating func report(_ notes: [Note]) -> Action {
        let notes = notes + [.started(.report)]
        if cancelledDuringSwap != nil || !builtImage {
            let why =
                cancelledDuringSwap.map {
                    "\($0.message) during the swap, which completed: image retention runs next time"
                }
                ?? "no image built: none to retire"
            return finish(
                notes + [.ended(.report, .skipped(why))],
                Outcome(result: .succeeded, failure: nil, port: candidate?.port))
        }
        state = .pruning
        return Action(notes, .pruneImages)
    }

    mutating func failed(reason: String?, notes: [Note], _ message: String, result: Rollout.Result = .failed)
        -> Action
    {
        let stage = state.stage
        let failure = StageFailure(stage, reason: reason ?? stage.failedReason, message, result: result)
        switch state {
        case .retiring(let remaining, _):
            // The candidate serves under its new name: nothing to undo, but the old generation may still run.
            let message =
                "\(configuration.activeName) is active, but generation \(remaining[0].generation) "
                + "was not retired: \(message)"
            let failure = StageFailure(.swap, reason: "SwapIncomplete", message)
            return finish(
                notes + [.failed(.swap, message)], Outcome(result: .failed, failure: failure, port: candidate?.port))
        case .pruning:
            return finish(
                notes + [.ended(.report, .succeeded("image retention failed: \(message)"))],
                Outcome(result: .succeeded, failure: nil, port: candidate?.port))
        case .undoing:
            return undoStepDone(message)
        case .rollingBack:
            return rollBackStepDone(message)
        case .keepingPrevious, .stoppingPrevious, .draining:
            // The new generation serves; the one that served could not be set aside: retire it instead of keeping it.
            let others = retiringAtSwap
            previous = nil
            return retire(others.map { generation in
                var generation = generation
                if stoppedFirst.contains(generation.id) { generation.isRunning = false }
                return generation
            })
        case .watching, .waitingToWatch, .removingPrevious:
            // A check that could not run is not a failed check: the watch goes on, or its end does.
            return watchStepFailed(message)
        case .initial, .finished:
            return unexpected("failed")
        default:
            return undo(after: failure, notes: notes + [.failed(stage, message)])
        }
    }

    private mutating func undo(after failure: StageFailure, notes: [Note]) -> Action {
        var steps: [UndoStep] = []
        if routeMayPointAtCandidate, let serving = configuration.serving, let port = serving.port {
            steps.append(.restoreRoute(port: port))
        }
        let reference = candidate?.id ?? configuration.candidateName
        if candidateMayExist {
            if failure.stage == .start || failure.stage == .health { steps.append(.collectOutput(reference)) }
            steps.append(.removeCandidate(reference))
        }
        if let serving = configuration.serving, stoppedFirst.contains(serving.id) {
            steps.append(.restartServing(serving))
        }
        if serviceMayHaveChanged { steps.append(.restoreService) }
        return nextUndoStep(Undo(failure: failure, steps: steps), notes: notes)
    }

    mutating func undoStepDone(_ failureMessage: String?) -> Action {
        guard case .undoing(var undo) = state, let step = undo.steps.first else { return unexpected("undo step") }
        undo.steps.removeFirst()
        let stage = undo.failure.stage
        var notes: [Note] = []
        switch (step, failureMessage) {
        case (.collectOutput, _):
            break
        case (.removeCandidate(let reference), nil):
            candidateMayExist = false
            notes.append(
                .output(stage, "removed \(reference == candidate?.id ? configuration.candidateName : reference)"))
        case (.removeCandidate, let message?):
            notes.append(.output(stage, "cannot remove \(configuration.candidateName): \(message)"))
        case (.restartServing(let serving), nil):
            notes.append(.output(stage, "started generation \(serving.generation) again"))
        case (.restartServing(let serving), let message?):
            notes.append(.output(stage, "cannot start generation \(serving.generation) again: \(message)"))
        case (.restoreRoute(let port), nil):
            routeMayPointAtCandidate = false
            notes.append(.output(stage, "route points at 127.0.0.1:\(port) again"))
        case (.restoreRoute(let port), let message?):
            notes.append(.output(stage, "cannot point the route at 127.0.0.1:\(port) again: \(message)"))
        case (.restoreService, nil):
            serviceMayHaveChanged = false
            notes.append(.output(stage, "put service \(configuration.deployment) back as it was before this rollout"))
        case (.restoreService, let message?):
            notes.append(.output(stage, "cannot put service \(configuration.deployment) back: \(message)"))
        }
        return nextUndoStep(undo, notes: notes)
    }

    private mutating func nextUndoStep(_ undo: Undo, notes: [Note]) -> Action {
        guard let step = undo.steps.first else {
            return finish(notes, Outcome(result: undo.failure.result, failure: undo.failure, port: nil))
        }
        state = .undoing(undo)
        switch step {
        case .collectOutput(let reference): return Action(notes, .collectOutput(id: reference))
        case .removeCandidate(let reference): return Action(notes, .removeCandidate(id: reference))
        case .restartServing(let serving): return Action(notes, .restartServing(id: serving.id))
        case .restoreRoute(let port): return Action(notes, .routeTo(port: port))
        case .restoreService: return Action(notes, .restoreService)
        }
    }

    mutating func finish(_ notes: [Note], _ outcome: Outcome) -> Action {
        state = .finished
        return Action(notes, .finish(outcome))
    }

    /// An event the current state does not expect: a bug in the shell.
    func unexpected(_ event: String) -> Action {
        preconditionFailure("rollout state machine: \(event) in state \(state)")
    }
}
