import Foundation

/// The watch after cutover (DESIGN §13, §14): the generation that served is kept as `-previous` (running and
/// unrouted behind a router, stopped otherwise) while the new one is checked through the window; a failed watch
/// returns traffic to the previous generation and ends `rolled-back`.
extension RolloutStateMachine {
    /// After the rename: with a watch, sets the generation that served aside as `-previous`; the rest retire.
    mutating func keepPreviousOrRetire(_ retiring: [Generation]) -> Action {
        guard configuration.watch != nil, let serving = configuration.serving,
            let kept = retiring.first(where: { $0.id == serving.id })
        else { return drainThenRetire(retiring) }
        previous = kept
        let others = retiring.filter { $0.id != kept.id }
        state = .keepingPrevious(others: others)
        let name = ContainerName.previous(configuration.deployment, generation: kept.generation)
        return Action([], .rename(id: kept.id, to: name))
    }

    /// The swap is over: the first check of the new generation follows one interval later.
    mutating func beginWatch(_ notes: [Note]) -> Action {
        guard let watch = configuration.watch else { return report(notes) }
        watchPhase = .underWay
        state = .waitingToWatch(WatchProgress())
        let started: [Note] = [
            .started(.watch),
            .output(.watch, "watching \(configuration.activeName) for \(watch.window): \(watch.failureThreshold) "
                + "failed checks in a row, an exit, a restart or an OOM kill roll back"),
        ]
        return Action(notes + started, .wait(watch.interval))
    }

    /// One check of the new generation during the watch.
    mutating func watched(_ result: ProbeResult, progress: WatchProgress, elapsed: Duration) -> Action {
        guard let watch = configuration.watch else { return unexpected("watched") }
        var progress = progress
        progress.checks += 1
        let startedAt = progress.startedAt ?? elapsed
        progress.startedAt = startedAt
        var notes: [Note] = []
        switch result {
        case .exited(let why):
            return rollBack("\(configuration.activeName) \(why) \(elapsed - startedAt) into the \(watch.window) watch")
        case .passed:
            progress.failures = 0
        case .pending:
            break
        case .failed(let reason):
            progress.failures += 1
            notes.append(
                .output(.watch, "check \(progress.checks): \(reason) (\(progress.failures)/\(watch.failureThreshold))"))
            if progress.failures >= watch.failureThreshold {
                return rollBack(
                    "\(configuration.activeName) failed \(watch.failureThreshold) checks in a row "
                        + "\(elapsed - startedAt) into the \(watch.window) watch: \(reason)",
                    notes: notes)
            }
        }
        if elapsed - startedAt >= watch.window {
            watchPhase = .passed
            notes.append(.ended(.watch, .succeeded("healthy through the \(watch.window) watch (\(progress.checks) checks)")))
            return removePrevious(notes)
        }
        state = .waitingToWatch(progress)
        return Action(notes, .wait(watch.interval))
    }

    /// A check that could not run during the watch (the engine did not answer): not a failed check.
    mutating func watchStepFailed(_ message: String) -> Action {
        switch state {
        case .watching(let progress), .waitingToWatch(let progress):
            guard let watch = configuration.watch else { return unexpected("watch step") }
            state = .waitingToWatch(progress)
            return Action([.output(.watch, "check could not run: \(message)")], .wait(watch.interval))
        case .removingPrevious:
            let kept = previous.map { ContainerName.previous(configuration.deployment, generation: $0.generation) }
            return report([.output(.watch, "cannot remove \(kept ?? "the previous generation"): \(message); "
                + "the next pass removes it")])
        default:
            return unexpected("watch step failed")
        }
    }

    /// berth is stopping, or the rollout was cancelled, during the watch: the new generation keeps serving; the
    /// `-previous` one stays until the next pass removes it.
    mutating func endWatchEarly() -> Action {
        watchPhase = .passed
        let kept = previous.map { ContainerName.previous(configuration.deployment, generation: $0.generation) }
        let message = "\(cancelledDuringSwap?.message ?? "berth was stopping"): the watch ended early"
            + (kept.map { "; \($0) stays until the next pass removes it" } ?? "")
        return report([.ended(.watch, .skipped(message))])
    }

    /// The watch ended healthy: the `-previous` generation goes (its image stays, per image retention).
    private mutating func removePrevious(_ notes: [Note]) -> Action {
        guard let previous else { return report(notes) }
        if previous.isRunning {
            state = .removingPrevious(stopping: true)
            return Action(notes, .stopContainer(id: previous.id, grace: configuration.stopGracePeriod))
        }
        state = .removingPrevious(stopping: false)
        return Action(notes, .removeContainer(id: previous.id))
    }

    /// The `-previous` generation was stopped (then it is removed) or removed (then the report follows).
    mutating func previousRetired() -> Action {
        guard case .removingPrevious(let stopping) = state, let previous else { return unexpected("previousRetired") }
        if stopping {
            self.previous?.isRunning = false
            state = .removingPrevious(stopping: false)
            return Action([], .removeContainer(id: previous.id))
        }
        return report([.output(.watch, "removed \(ContainerName.previous(configuration.deployment, generation: previous.generation))")])
    }

    /// The watch failed: route back to the previous generation (starting it first when it waits stopped), stop and
    /// remove the new one, and give the previous one its active name again. Without a previous generation (a first
    /// rollout) there is nothing to return to: the rollout fails and the new generation keeps running.
    private mutating func rollBack(_ message: String, notes: [Note] = []) -> Action {
        watchPhase = .passed
        guard let previous, let candidate else {
            let failure = StageFailure(.watch, reason: "WatchFailed", message)
            return finish(notes + [.failed(.watch, message + "; no earlier generation to return to")],
                          Outcome(result: .failed, failure: failure, port: candidate?.port))
        }
        var steps: [RollBackStep] = []
        let routed = configuration.routing != nil
        if routed, previous.isRunning, let port = previous.port { steps.append(.routeTo(port: port)) }
        steps.append(.stopNew(candidate.id))
        if !previous.isRunning {
            steps.append(.startPrevious(previous.id))
            if routed, let port = previous.port { steps.append(.routeTo(port: port)) }
        }
        steps.append(.removeNew(candidate.id))
        steps.append(
            .renamePrevious(
                id: previous.id, to: ContainerName.active(configuration.deployment, generation: previous.generation)))
        let failure = StageFailure(
            .watch, reason: "WatchFailed", "\(message); rolled back to generation \(previous.generation)",
            result: .rolledBack)
        return nextRollBackStep(
            RollBack(failure: failure, steps: steps),
            notes: notes + [.failed(.watch, message), .output(.watch, "rolling back to generation \(previous.generation)")])
    }

    /// One rollback step ended (`failureMessage` when it failed). Traffic cannot go back when the route cannot be
    /// pointed at the previous generation or it cannot be started: the rollback stops there, the new generation is
    /// started (when it was stopped) and routed again, and the rollout fails with the new one serving. Other failed
    /// steps (stopping or removing the new one, the rename back) are recorded and the rollback goes on; the next
    /// pass converges what they left.
    mutating func rollBackStepDone(_ failureMessage: String?) -> Action {
        guard case .rollingBack(var rollBack) = state, let step = rollBack.steps.first else {
            return unexpected("rollback step")
        }
        rollBack.steps.removeFirst()
        guard let failureMessage else {
            if case .startPrevious = step { previous?.isRunning = true }
            return nextRollBackStep(rollBack, notes: [])
        }
        let note = Note.output(.watch, "rollback step \(step) failed: \(failureMessage)")
        switch step {
        case .routeTo, .startPrevious:
            guard !rollBack.abandoned, let candidate else { return nextRollBackStep(rollBack, notes: [note]) }
            var steps: [RollBackStep] = []
            if rollBack.stoppedNew { steps.append(.startNew(candidate.id)) }
            if configuration.routing != nil, let port = candidate.port.hostPort { steps.append(.routeTo(port: port)) }
            let message =
                "\(rollBack.failure.message.replacingOccurrences(of: "; rolled back to", with: "; could not roll back to")): "
                + "\(failureMessage); \(configuration.activeName) keeps serving"
            let failure = StageFailure(.watch, reason: "WatchFailed", message)
            return nextRollBackStep(RollBack(failure: failure, steps: steps, abandoned: true), notes: [note])
        case .stopNew, .startNew, .removeNew, .renamePrevious:
            return nextRollBackStep(rollBack, notes: [note])
        }
    }

    private mutating func nextRollBackStep(_ rollBack: RollBack, notes: [Note]) -> Action {
        guard let step = rollBack.steps.first else {
            if rollBack.abandoned {
                return finish(notes, Outcome(result: .failed, failure: rollBack.failure, port: candidate?.port))
            }
            return finish(
                notes,
                Outcome(
                    result: .rolledBack, failure: rollBack.failure, port: nil,
                    restoredGeneration: previous?.generation))
        }
        var rollBack = rollBack
        if case .stopNew = step { rollBack.stoppedNew = true }
        state = .rollingBack(rollBack)
        switch step {
        case .routeTo(let port): return Action(notes, .routeTo(port: port))
        case .stopNew(let id): return Action(notes, .stopContainer(id: id, grace: configuration.stopGracePeriod))
        case .startNew(let id): return Action(notes, .restartServing(id: id))
        case .startPrevious(let id): return Action(notes, .restartServing(id: id))
        case .removeNew(let id): return Action(notes, .removeContainer(id: id))
        case .renamePrevious(let id, let name): return Action(notes, .rename(id: id, to: name))
        }
    }
}
