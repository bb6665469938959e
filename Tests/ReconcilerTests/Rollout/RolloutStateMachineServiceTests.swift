import Manifest
import Testing

@testable import Reconciler

/// The rollout state machine's swarm path event by event, without I/O: the way through, Swarm's verdicts, the
/// timeout, berth's probes, and a failure or a cancellation at every step with what the undo asks for.
@Suite struct RolloutStateMachineServiceTests {
    typealias Machine = RolloutStateMachine
    typealias Step = RolloutStateMachine.Step
    typealias Endpoint = ServiceProgress.Endpoint

    static let plan = Machine.ServicePlan(timeout: .seconds(30), pollInterval: .seconds(1), generation: 2)
    static let tasks = [Endpoint(node: "n1", port: 30021), Endpoint(node: "n1", port: 30022)]

    static func configuration(health: Machine.HealthPlan = .settle(.zero)) -> Machine.Configuration {
        Machine.Configuration(
            candidateName: "web-2-candidate", activeName: "web-2", strategy: .stopFirst,
            serving: RolloutStateMachineTests.serving, retiring: [RolloutStateMachineTests.serving],
            stopGracePeriod: .seconds(5), health: health, createsVolumes: true, resolved: "image web:2",
            deployment: "web", service: plan)
    }

    static func progress(_ verdict: ServiceProgress.Verdict, running: [Endpoint] = tasks) -> ServiceProgress {
        ServiceProgress(verdict: verdict, desired: 2, running: running)
    }

    /// Answers each step as a swarm that completes the update would, until the machine finishes or `stop` holds for
    /// a step; returns the steps taken (the last one not yet answered).
    @discardableResult
    static func drive(
        _ machine: inout Machine, from action: Machine.Action? = nil, until stop: (Step) -> Bool = { _ in false }
    ) -> [Step] {
        var action = action ?? machine.start()
        var steps = [action.step]
        var elapsed = Duration.zero
        var looks = 0
        while steps.count < 100, !stop(action.step) {
            switch action.step {
            case .review: action = machine.reviewed(.skipped("prebuilt image"))
            case .build: action = machine.built(image: "web:2", .skipped("prebuilt image web:2"))
            case .createVolumes: action = machine.volumesCreated()
            case .prepareCandidate: action = machine.prepared()
            case .deployService: action = machine.serviceDeployed("updated service web", elapsed: elapsed)
            case .observeService:
                looks += 1
                action = machine.serviceObserved(
                    progress(looks < 2 ? .inProgress : .completed, running: looks < 2 ? [] : tasks), elapsed: elapsed)
            case .probeTasks(let endpoints):
                action = machine.tasksProbed(.passed, endpoints: endpoints, elapsed: elapsed)
            case .wait(let duration):
                elapsed += duration
                action = machine.timerFired()
            case .restoreService: action = machine.serviceRestored()
            case .pruneImages: action = machine.imagesPruned(removed: 0)
            case .finish: return steps
            default:
                Issue.record("a swarm rollout asked for the container step \(action.step)")
                return steps
            }
            steps.append(action.step)
        }
        return steps
    }

    static func outcome(_ step: Step?) -> Machine.Outcome? {
        if case .finish(let outcome) = step { outcome } else { nil }
    }

    @Test func theWayThroughDeploysFollowsSwarmProbesEveryTaskAndNeverTouchesAContainer() {
        var machine = Machine(Self.configuration(health: RolloutStateMachineTests.probing))
        let steps = Self.drive(&machine)
        #expect(
            steps == [
                .review, .build, .createVolumes, .prepareCandidate, .deployService(image: "web:2"), .observeService,
                .wait(.seconds(1)), .observeService, .probeTasks(Self.tasks), .wait(.seconds(1)),
                .probeTasks(Self.tasks), .finish(Machine.Outcome(result: .succeeded, failure: nil, port: nil)),
            ], "nothing stopped first though stop-first (Swarm orders the tasks), no image retention without a build")
    }

    @Test func withoutAProbeSwarmsCompletionEndsTheHealthStage() {
        var machine = Machine(Self.configuration())
        let steps = Self.drive(&machine)
        #expect(steps.suffix(2) == [.observeService, .finish(Machine.Outcome(result: .succeeded, failure: nil, port: nil))])
    }

    /// Swarm's own pause or rollback: a failed rollout, the service left as Swarm holds it (no undo).
    @Test(arguments: [
        (ServiceProgress.Verdict.paused("update paused"), "SwarmUpdatePaused", "Swarm paused the update: update paused"),
        (.rolledBack("rollback completed"), "SwarmRolledBack",
         "Swarm rolled the service back to the generation before: rollback completed"),
    ])
    func swarmsVerdictsFailTheRolloutAsSwarmLeftIt(verdict: ServiceProgress.Verdict, reason: String, message: String) {
        var machine = Machine(Self.configuration())
        Self.drive(&machine, until: { $0 == .observeService })
        let outcome = Self.outcome(machine.serviceObserved(Self.progress(verdict, running: []), elapsed: .seconds(2)).step)
        #expect(outcome?.result == .failed && outcome?.failure?.reason == reason)
        #expect(outcome?.failure?.message == message && outcome?.failure?.stage == .health)
        // After Swarm's rollback the generation that served serves again: the shell pins the deployment to it.
        #expect(outcome?.restoredGeneration == (reason == "SwarmRolledBack" ? 1 : nil))
    }

    @Test func aFailedTaskOfANewServiceRemovesIt() {
        var machine = Machine(Self.configuration())
        Self.drive(&machine, until: { $0 == .observeService })
        let undo = machine.serviceObserved(Self.progress(.taskFailed("task: non-zero exit (1)"), running: []), elapsed: .zero)
        #expect(undo.step == .restoreService)
        let end = machine.serviceRestored()
        #expect(Self.outcome(end.step)?.failure?.reason == "TaskFailed")
        #expect(RolloutStateMachineTests.output(end.notes) == ["put service web back as it was before this rollout"])
    }

    @Test func swarmRollingBackIsWaitedForThenFails() {
        var machine = Machine(Self.configuration())
        Self.drive(&machine, until: { $0 == .observeService })
        let waiting = machine.serviceObserved(Self.progress(.rollingBack("rolling back"), running: []), elapsed: .zero)
        #expect(waiting.step == .wait(.seconds(1)))
        #expect(RolloutStateMachineTests.output(waiting.notes).last == "Swarm is rolling the service back: rolling back")
        #expect(machine.timerFired().step == .observeService)
        let end = machine.serviceObserved(Self.progress(.rolledBack("rollback completed")), elapsed: .seconds(1))
        #expect(Self.outcome(end.step)?.failure?.reason == "SwarmRolledBack", "no undo: Swarm put it back")
    }

    @Test func anUpdateThatDoesNotCompleteInTimeIsPutBack() {
        var machine = Machine(Self.configuration())
        Self.drive(&machine, until: { $0 == .observeService })
        let late = machine.serviceObserved(Self.progress(.inProgress, running: [Self.tasks[0]]), elapsed: .seconds(30))
        #expect(late.step == .restoreService)
        let end = machine.serviceRestored()
        let failure = Self.outcome(end.step)?.failure
        #expect(failure?.reason == "ServiceTimeout")
        #expect(failure?.message == "the update did not complete within 30.0 seconds: 1/2 tasks of generation 2 running")
    }

    @Test func tasksThatNeverPassTheProbeWithinTheStartPeriodArePutBack() {
        var machine = Machine(Self.configuration(health: RolloutStateMachineTests.probing))
        Self.drive(&machine, until: { if case .probeTasks = $0 { true } else { false } })
        var action = machine.tasksProbed(.failed("HTTP 503"), endpoints: Self.tasks, elapsed: .seconds(1))
        var elapsed = Duration.seconds(1)
        while action.step == .wait(.seconds(1)) {
            elapsed += .seconds(1)
            _ = machine.timerFired()
            action = machine.tasksProbed(.failed("HTTP 503"), endpoints: Self.tasks, elapsed: elapsed)
        }
        #expect(action.step == .restoreService && elapsed == .seconds(11))
        let failure = Self.outcome(machine.serviceRestored().step)?.failure
        #expect(failure?.reason == "HealthCheckFailed")
        #expect(failure?.message == "tasks not healthy within startPeriod 10.0 seconds: HTTP 503")
    }

    /// A failure at every step: before the deploy nothing is undone; from the deploy until the last probe passed, the
    /// service is put back; every way ends failed, never hung.
    @Test func aFailureAtEveryStepUndoesExactlyWhatWasDone() {
        var clean = Machine(Self.configuration(health: RolloutStateMachineTests.probing))
        let steps = Self.drive(&clean)
        for index in 0..<(steps.count - 1) {
            var machine = Machine(Self.configuration(health: RolloutStateMachineTests.probing))
            var taken = 0
            Self.drive(&machine, until: { _ in
                taken += 1
                return taken > index
            })
            let deployed = steps.prefix(index + 1).contains { if case .deployService = $0 { true } else { false } }
            let action = machine.failed("boom at step \(index)")
            if deployed {
                #expect(action.step == .restoreService, "step \(index): \(steps[index])")
                #expect(Self.outcome(machine.serviceRestored().step)?.result == .failed)
            } else {
                #expect(Self.outcome(action.step)?.result == .failed, "step \(index): \(steps[index])")
            }
        }
    }

    /// A cancellation at every step: the rollout ends interrupted, putting the service back once it was deployed.
    @Test func aCancellationAtEveryStepEndsInterruptedAndPutsTheServiceBack() {
        var clean = Machine(Self.configuration())
        let steps = Self.drive(&clean)
        for index in 1..<(steps.count - 1) {
            var machine = Machine(Self.configuration())
            var taken = 0
            Self.drive(&machine, until: { _ in
                taken += 1
                return taken > index
            })
            let deployed = steps.prefix(index + 1).contains { if case .deployService = $0 { true } else { false } }
            let action = machine.cancel()
            if deployed {
                #expect(action?.step == .restoreService, "step \(index): \(steps[index])")
                #expect(Self.outcome(machine.serviceRestored().step)?.result == .interrupted)
            } else {
                #expect(Self.outcome(action?.step)?.result == .interrupted, "step \(index): \(steps[index])")
            }
        }
    }
}
