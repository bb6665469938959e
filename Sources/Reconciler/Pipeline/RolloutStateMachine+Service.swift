/// The start, health and swap stages on the swarm runtime (DESIGN §13): one service per deployment, which Swarm rolls.
///
/// prepare → deploy (create the service, or update it with the new image and labels) → follow Swarm's update every
/// ``ServicePlan/pollInterval`` until it completed with every desired task of the generation running, paused, or
/// rolled back, within ``ServicePlan/timeout`` → (an `http` or `tcp` check: probe each new task at its endpoint until
/// `healthyThreshold` rounds in a row pass, within `startPeriod`) → swap (nothing left to do: Swarm replaced the
/// tasks) → report. Swarm's own rollback or pause is a failed rollout that berth leaves as Swarm left it (after a
/// rollback the deployment is pinned to the generation that serves again, as after a failed watch); a timeout,
/// a failed probe, a failed task of a service just created, an engine error or a cancellation before the service
/// settled puts the service back as it was (or removes it, when this rollout created it).
extension RolloutStateMachine {
    /// How the rollout runs on the swarm runtime.
    struct ServicePlan: Sendable, Hashable {
        /// How long Swarm may take to roll the tasks before berth gives up and puts the service back.
        var timeout: Duration
        /// Between looks at the service while Swarm rolls it.
        var pollInterval: Duration
        /// The generation rolled out, which its tasks carry (``BerthLabel/generation``).
        var generation: Int
    }

    /// Following Swarm's update: since when, and what the last look said (each change is written down once).
    struct ServiceFollow: Hashable {
        /// How long the rollout had run when the service was deployed: the timeout counts from here.
        let startedAt: Duration
        var lastSummary: String?
        /// Whether Swarm was seen rolling back (said once).
        var rollingBack = false
        /// The newest reason a task of the generation failed, kept across looks (Swarm trims its task history).
        var lastTaskFailure: String?
    }

    /// The service was created or updated; `description` says which, `elapsed` is how long the rollout has run.
    mutating func serviceDeployed(_ description: String, elapsed: Duration) -> Action {
        guard case .deployingService = state else { return unexpected("serviceDeployed") }
        state = .followingService(ServiceFollow(startedAt: elapsed))
        return Action(
            [.ended(.start, .succeeded(description)), .started(.health)], .observeService)
    }

    /// Getting the image to the swarm's nodes failed (no registry, a failed push) before the service was created or
    /// updated: a failed start with nothing to put back.
    mutating func serviceImageFailed(_ failure: StageFailure) -> Action {
        guard case .deployingService = state else { return unexpected("serviceImageFailed") }
        serviceMayHaveChanged = false
        return failed(reason: failure.reason, failure.message, result: failure.result)
    }

    /// One look at the service: where Swarm's update stands and which tasks of the generation run.
    mutating func serviceObserved(_ progress: ServiceProgress, elapsed: Duration) -> Action {
        guard case .followingService(var follow) = state, let plan = configuration.service else {
            return unexpected("serviceObserved")
        }
        var notes: [Note] = []
        let summary = progress.summary(generation: generation)
        if summary != follow.lastSummary {
            notes.append(.output(.health, summary))
            follow.lastSummary = summary
        }
        follow.lastTaskFailure = progress.lastTaskFailure ?? follow.lastTaskFailure
        let failure = follow.lastTaskFailure.map { "; last task failure: \($0)" } ?? ""
        switch progress.verdict {
        case .paused(let message):
            // Swarm holds the update where it stopped (`failureAction: pause`): left for a person, as Swarm left it.
            serviceMayHaveChanged = false
            return failed(
                reason: "SwarmUpdatePaused", notes: notes, "Swarm paused the update: \(message)\(failure)")
        case .rolledBack(let message):
            // The generation that served serves again: the deployment is pinned to it, as after a failed watch.
            serviceMayHaveChanged = false
            let text = "Swarm rolled the service back to the generation before: \(message)\(failure)"
            return finish(
                notes + [.failed(.health, text)],
                Outcome(
                    result: .failed, failure: StageFailure(.health, reason: "SwarmRolledBack", text), port: nil,
                    restoredGeneration: configuration.serving?.generation))
        case .taskFailed(let message):
            return failed(reason: "TaskFailed", notes: notes, "a task of the new service failed: \(message)")
        case .rollingBack(let message):
            if !follow.rollingBack {
                follow.rollingBack = true
                serviceMayHaveChanged = false
                notes.append(.output(.health, "Swarm is rolling the service back: \(message)"))
            }
        case .completed, .inProgress:
            if progress.isDone { return tasksRunning(progress, notes: notes, elapsed: elapsed) }
        }
        if elapsed - follow.startedAt >= plan.timeout {
            let what = follow.rollingBack ? "Swarm's rollback did not finish" : "the update did not complete"
            return failed(
                reason: "ServiceTimeout", notes: notes,
                "\(what) within \(plan.timeout): \(progress.summary(generation: generation))\(failure)")
        }
        state = .waitingForService(follow)
        return Action(notes, .wait(plan.pollInterval))
    }

    /// One round of checks of the generation's tasks at their endpoints ended: passed when every one passed.
    mutating func tasksProbed(_ result: ProbeResult, endpoints: [ServiceProgress.Endpoint], elapsed: Duration)
        -> Action
    {
        guard case .probingTasks(var progress) = state,
            case .probe(let interval, let startPeriod, let threshold) = configuration.health
        else { return unexpected("tasksProbed") }
        progress.checks += 1
        var notes: [Note] = []
        switch result {
        case .passed:
            progress.passes += 1
            notes.append(.output(.health, "round \(progress.checks): every task passed (\(progress.passes)/\(threshold))"))
            if progress.passes >= threshold {
                serviceMayHaveChanged = false
                return serviceSwapped(
                    notes,
                    health: "\(counted(progress.passes, "round")) of checks in a row passed on "
                        + counted(endpoints.count, "task"))
            }
        case .failed(let reason), .exited(let reason):
            progress.passes = 0
            progress.lastFailure = reason
            notes.append(.output(.health, "round \(progress.checks): \(reason)"))
        case .pending:
            break
        }
        if elapsed - progress.startedAt >= startPeriod {
            return failed(
                reason: "HealthCheckFailed", notes: notes,
                "tasks not healthy within startPeriod \(startPeriod): \(progress.lastFailure)")
        }
        state = .waitingToProbeTasks(progress)
        return Action(notes, .wait(interval))
    }

    /// The undo put the service back.
    mutating func serviceRestored() -> Action { undoStepDone(nil) }

    // MARK: transitions

    /// The generation the rollout deploys.
    private var generation: Int { configuration.service?.generation ?? 0 }

    /// Asks for the service to be created or updated to the image; from here an undo puts it back.
    mutating func deployService() -> Action {
        state = .deployingService
        serviceMayHaveChanged = true
        return Action([], .deployService(image: image))
    }

    /// A wait on the service path ended: look again, or probe again. Nil when the machine is not on that path.
    mutating func serviceTimerFired() -> Action? {
        switch state {
        case .waitingForService(let follow):
            state = .followingService(follow)
            return Action([], .observeService)
        case .waitingToProbeTasks(let progress):
            state = .probingTasks(progress)
            return Action([], .probeTasks(lastEndpoints))
        default:
            return nil
        }
    }

    /// Every desired task of the generation runs: with an `http` or `tcp` check berth probes them, else it is done.
    private mutating func tasksRunning(_ progress: ServiceProgress, notes: [Note], elapsed: Duration) -> Action {
        lastEndpoints = progress.running
        let swarmSaid =
            progress.desired == 0
            ? "no tasks asked for (replicas: 0)" : "Swarm completed: \(progress.summary(generation: generation))"
        guard case .probe = configuration.health, !progress.running.isEmpty else {
            serviceMayHaveChanged = false
            return serviceSwapped(notes, health: swarmSaid)
        }
        state = .probingTasks(HealthProgress(startedAt: elapsed))
        return Action(notes + [.output(.health, swarmSaid)], .probeTasks(progress.running))
    }

    private mutating func serviceSwapped(_ notes: [Note], health: String) -> Action {
        report(
            notes + [
                .ended(.health, .succeeded(health)), .started(.swap),
                .ended(.swap, .succeeded("service \(configuration.deployment) runs generation \(generation)")),
            ])
    }
}
