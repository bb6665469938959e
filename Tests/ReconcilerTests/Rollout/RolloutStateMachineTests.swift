import Manifest
import Testing

@testable import Reconciler

/// The rollout state machine event by event, without I/O: every transition, a failure and a cancellation at
/// every step, port retries, health thresholds and deadlines, and the undo of `stop-first`.
@Suite struct RolloutStateMachineTests {
    typealias Machine = RolloutStateMachine
    typealias Step = RolloutStateMachine.Step

    static let serving = Machine.Generation(id: "id-1", name: "web-1", generation: 1, isRunning: true)
    static let allocated = ServingPort(hostPort: 20001, appPort: 8080, isAllocated: true)
    static let probing = Machine.HealthPlan.probe(interval: .seconds(1), startPeriod: .seconds(10), healthyThreshold: 2)

    static func configuration(
        _ strategy: Strategy = .startFirst, serving: Machine.Generation? = serving,
        retiring: [Machine.Generation]? = nil,
        health: Machine.HealthPlan = probing, volumes: Bool = false, pulls: Bool = false
    ) -> Machine.Configuration {
        Machine.Configuration(
            candidateName: "web-2-candidate", activeName: "web-2", strategy: strategy, serving: serving,
            retiring: retiring ?? serving.map { [$0] } ?? [], stopGracePeriod: .seconds(5), health: health,
            createsVolumes: volumes, resolved: "image web:2", pullsImage: pulls
        )
    }

    // MARK: the way through

    @Test func aStartFirstRolloutWalksTheStagesAndRetiresTheOldGenerationAfterTheRename() {
        var machine = Machine(Self.configuration())
        var notes: [Machine.Note] = []
        func next(_ action: Machine.Action) -> Step {
            notes += action.notes
            return action.step
        }
        #expect(next(machine.start()) == .review)
        #expect(next(machine.reviewed(.skipped("prebuilt image"))) == .build)
        #expect(next(machine.built(image: "web:2", .succeeded("built web:2"))) == .prepareCandidate)
        #expect(next(machine.prepared()) == .createCandidate(image: "web:2", excludingPorts: []))
        #expect(
            next(machine.created(id: "c2", port: Self.allocated, probeTarget: "http://127.0.0.1:20001/healthz"))
                == .startCandidate(id: "c2"))
        #expect(next(machine.candidateStarted(elapsed: .seconds(3))) == .probeCandidate(id: "c2"))
        #expect(next(machine.probed(.passed, elapsed: .seconds(3))) == .wait(.seconds(1)))
        #expect(next(machine.timerFired()) == .probeCandidate(id: "c2"))
        #expect(next(machine.probed(.passed, elapsed: .seconds(4))) == .checkGenerations(candidate: "c2"))
        #expect(
            next(machine.checked(candidateExited: nil, generations: [Self.serving]))
                == .rename(id: "c2", to: "web-2"))
        #expect(next(machine.renamed()) == .stopContainer(id: "id-1", grace: .seconds(5)))
        #expect(next(machine.stopped()) == .removeContainer(id: "id-1"))
        #expect(next(machine.removed()) == .pruneImages)
        let end = machine.imagesPruned(removed: 1)
        notes += end.notes
        #expect(end.step == .finish(Machine.Outcome(result: .succeeded, failure: nil, port: Self.allocated)))
        #expect(
            Self.transitions(notes) == [
                "resolve started", "resolve succeeded: image web:2", "review started", "review skipped: prebuilt image",
                "build started", "build succeeded: built web:2", "start started",
                "start succeeded: started web-2-candidate serving on 127.0.0.1:20001", "health started",
                "health succeeded: 2 checks in a row passed on http://127.0.0.1:20001/healthz", "swap started",
                "swap succeeded: web-2 is active; generation 1 stopped and removed", "report started",
                "report succeeded: removed 1 old images",
            ])
        #expect(Self.output(notes) == ["check 1: passed (1/2)", "check 2: passed (2/2)"])
    }

    @Test func aPullIsTheResolveStageBeforeTheReview() {
        var machine = Machine(Self.configuration(pulls: true))
        let start = machine.start()
        #expect(start.step == .pullImage)
        #expect(Self.transitions(start.notes) == ["resolve started"])
        #expect(machine.stage == .resolve)
        let pulled = machine.pulled("pulled web:2 from registry.example.com: image sha256:0123")
        #expect(pulled.step == .review)
        #expect(
            Self.transitions(pulled.notes) == [
                "resolve succeeded: pulled web:2 from registry.example.com: image sha256:0123", "review started",
            ])
    }

    @Test(arguments: strategies)
    func aFailedPullEndsAtResolveWithNothingToUndo(_ strategy: Strategy) {
        var machine = Machine(Self.configuration(strategy, pulls: true))
        _ = machine.start()
        let end = machine.failed(reason: "PullFailed", "registry said no")
        guard case .finish(let outcome) = end.step else {
            Issue.record("a failed pull touches nothing, so it finishes at once: \(end.step)")
            return
        }
        #expect(outcome.result == .failed && outcome.failure?.stage == .resolve)
        #expect(outcome.failure?.reason == "PullFailed")
        #expect(Self.transitions(end.notes) == ["resolve failed: registry said no"])
    }

    @Test func namedVolumesAreCreatedBeforeTheCandidate() {
        var machine = Machine(Self.configuration(volumes: true))
        _ = machine.start()
        _ = machine.reviewed(.skipped("-"))
        #expect(machine.built(image: "web:2", .skipped("-")).step == .createVolumes)
        #expect(machine.volumesCreated().step == .prepareCandidate)
    }

    @Test func aFirstGenerationHasNothingToRetire() {
        var machine = Machine(Self.configuration(serving: nil))
        let steps = Self.drive(&machine, listed: [])
        #expect(!steps.contains { if case .stopContainer = $0 { true } else { false } })
        #expect(steps.last == .finish(Machine.Outcome(result: .succeeded, failure: nil, port: Self.allocated)))
    }

    @Test func theSwapStopsAndRemovesEveryOtherGenerationListedStoppingOnlyRunningOnes() {
        let duplicate = Machine.Generation(id: "id-0", name: "web-0", generation: 0, isRunning: false)
        var machine = Machine(Self.configuration(retiring: [Self.serving, duplicate]))
        let steps = Self.drive(&machine, listed: [Self.serving, duplicate])
        let afterRename = steps.drop { !Self.isRename($0) }.dropFirst()
        #expect(
            Array(afterRename) == [
                .stopContainer(id: "id-1", grace: .seconds(5)), .removeContainer(id: "id-1"),
                .removeContainer(id: "id-0"),
                .pruneImages, .finish(Machine.Outcome(result: .succeeded, failure: nil, port: Self.allocated)),
            ])
    }

    @Test func theSwapRetiresWhatTheListingRightBeforeItFoundNotWhatThePlanListed() {
        let appeared = Machine.Generation(id: "id-7", name: "web-7", generation: 7, isRunning: true)
        var machine = Machine(Self.configuration())
        let steps = Self.drive(&machine, listed: [appeared])
        let afterRename = steps.drop { !Self.isRename($0) }.dropFirst()
        #expect(
            Array(afterRename.prefix(2)) == [.stopContainer(id: "id-7", grace: .seconds(5)), .removeContainer(id: "id-7")],
            "generation 1 was gone by then; generation 7 was not in the plan")
        #expect(!afterRename.contains(.stopContainer(id: "id-1", grace: .seconds(5))))
    }

    @Test func aRolloutThatBuiltNothingSkipsImageRetention() {
        var machine = Machine(Self.configuration(serving: nil))
        _ = machine.start()
        _ = machine.reviewed(.skipped("-"))
        let steps = Self.drive(&machine, from: machine.built(image: "web:2", .skipped("prebuilt image web:2")), listed: [])
        #expect(!steps.contains(.pruneImages))
        #expect(steps.last.flatMap(Self.result) == .succeeded)
    }

    @Test func stopFirstStopsWhatServesBeforeCreatingAndOnlyRemovesItAtTheSwap() {
        var machine = Machine(Self.configuration(.stopFirst))
        _ = machine.start()
        _ = machine.reviewed(.skipped("-"))
        #expect(machine.built(image: "web:2", .skipped("-")).step == .stopContainer(id: "id-1", grace: .seconds(5)))
        let stopped = machine.stopped()
        #expect(stopped.step == .prepareCandidate)
        #expect(Self.output(stopped.notes) == ["stopped generation 1 first (stop-first)"])
        let steps = Self.drive(&machine, from: stopped)
        let afterRename = steps.drop { !Self.isRename($0) }.dropFirst()
        #expect(afterRename.first == .removeContainer(id: "id-1"), "already stopped: removed without another stop")
    }

    @Test func stopFirstStartsWhatServedAgainWhenHealthFails() {
        var machine = Machine(Self.configuration(.stopFirst))
        var steps = Self.drive(&machine, until: { if case .probeCandidate = $0 { true } else { false } })
        let failed = machine.probed(.exited("exited with code 3"), elapsed: .seconds(1))
        steps += Self.drive(&machine, from: failed)
        #expect(
            Array(steps.suffix(4)) == [
                .collectOutput(id: "c2"), .removeCandidate(id: "c2"), .restartServing(id: "id-1"),
                .finish(
                    Machine.Outcome(
                        result: .failed,
                        failure: StageFailure(
                            .health, reason: "ContainerExited", "container exited with code 3 before it was healthy"),
                        port: nil
                    )),
            ])
    }

    @Test func theMachineNeverReadsAClockAndTheRolloutWithoutACheckSettles() {
        var machine = Machine(Self.configuration(health: .settle(.seconds(1))))
        _ = Self.drive(&machine, until: { if case .startCandidate = $0 { true } else { false } })
        #expect(machine.candidateStarted(elapsed: .zero).step == .wait(.seconds(1)))
        #expect(machine.timerFired().step == .checkGenerations(candidate: "c2"), "one listing, no probe")
        let settled = machine.checked(candidateExited: nil, generations: [Self.serving])
        #expect(settled.step == .rename(id: "c2", to: "web-2"))
        #expect(
            Self.transitions(settled.notes) == [
                "health succeeded: running after 1.0 seconds (no health check declared)", "swap started",
            ])
    }

    @Test func aSettlingCandidateThatExitedFails() {
        var machine = Machine(Self.configuration(health: .settle(.seconds(1))))
        _ = Self.drive(&machine, until: { if case .checkGenerations = $0 { true } else { false } })
        let action = machine.checked(candidateExited: "exited with code 1", generations: [Self.serving])
        #expect(action.step == .collectOutput(id: "c2"))
        #expect(Self.transitions(action.notes) == ["health failed: container exited with code 1 before it was healthy"])
    }

    // MARK: health

    @Test func healthNeedsTheThresholdInARowAndAFailureStartsTheCountAgain() {
        var machine = Machine(Self.configuration())
        _ = Self.drive(&machine, until: { if case .probeCandidate = $0 { true } else { false } })
        var notes: [Machine.Note] = []
        for result in [
            Machine.ProbeResult.passed, .failed("GET /healthz answered 500, expected 200"), .pending, .passed,
        ] {
            let action = machine.probed(result, elapsed: .seconds(1))
            notes += action.notes
            #expect(action.step == .wait(.seconds(1)))
            #expect(machine.timerFired().step == .probeCandidate(id: "c2"))
        }
        let healthy = machine.probed(.passed, elapsed: .seconds(2))
        #expect(healthy.step == .checkGenerations(candidate: "c2"))
        #expect(
            Self.output(notes + healthy.notes) == [
                "check 1: passed (1/2)", "check 2: GET /healthz answered 500, expected 200", "check 4: passed (1/2)",
                "check 5: passed (2/2)",
            ])
    }

    @Test func healthFailsAtTheStartPeriodCountedFromTheStartWithTheLastFailure() {
        var machine = Machine(Self.configuration())
        _ = Self.drive(&machine, until: { if case .startCandidate = $0 { true } else { false } })
        _ = machine.candidateStarted(elapsed: .seconds(30))
        #expect(machine.probed(.failed("connection refused"), elapsed: .seconds(39)).step == .wait(.seconds(1)))
        _ = machine.timerFired()
        let late = machine.probed(.pending, elapsed: .seconds(40))
        #expect(late.step == .collectOutput(id: "c2"))
        #expect(
            Self.transitions(late.notes) == [
                "health failed: not healthy within startPeriod 10.0 seconds on http://127.0.0.1:20001/healthz: "
                    + "connection refused"
            ])
    }

    @Test func anExitedCandidateFailsAtOnceEvenWithinTheStartPeriod() {
        var machine = Machine(Self.configuration())
        _ = Self.drive(&machine, until: { if case .probeCandidate = $0 { true } else { false } })
        let action = machine.probed(.exited("was killed for using too much memory"), elapsed: .zero)
        #expect(action.step == .collectOutput(id: "c2"))
        #expect(machine.stage == .health)
    }

    // MARK: ports

    @Test func aTakenAllocatedPortIsRetriedWithAnotherUpToThreeTimes() {
        var machine = Machine(Self.configuration())
        _ = Self.drive(&machine, until: { if case .startCandidate = $0 { true } else { false } })
        let first = machine.portTaken("Bind for 0.0.0.0:20001 failed: port is already allocated")
        #expect(first.step == .removeContainer(id: "c2"))
        #expect(Self.output(first.notes) == ["port 20001 was taken meanwhile; trying another"])
        #expect(machine.removed().step == .createCandidate(image: "web:2", excludingPorts: [20001]))
        _ = machine.created(
            id: "c3", port: ServingPort(hostPort: 20002, appPort: 8080, isAllocated: true), probeTarget: "-")
        #expect(machine.portTaken("port is already allocated").step == .removeContainer(id: "c3"))
        #expect(machine.removed().step == .createCandidate(image: "web:2", excludingPorts: [20001, 20002]))
        _ = machine.created(
            id: "c4", port: ServingPort(hostPort: 20003, appPort: 8080, isAllocated: true), probeTarget: "-")
        let third = machine.portTaken("port is already allocated")
        #expect(
            Self.transitions(third.notes) == [
                "start failed: 3 allocated ports in a row were taken: port is already allocated"
            ])
        #expect(Self.drive(&machine, from: third).dropLast() == [.collectOutput(id: "c4"), .removeCandidate(id: "c4")])
    }

    @Test func aTakenFixedPortFailsWithoutRetrying() {
        var machine = Machine(Self.configuration(.stopFirst))
        _ = Self.drive(&machine, until: { if case .createCandidate = $0 { true } else { false } })
        _ = machine.created(
            id: "c2", port: ServingPort(hostPort: 8080, appPort: 8080, isAllocated: false), probeTarget: "-")
        let taken = machine.portTaken("port is already allocated")
        #expect(
            Self.drive(&machine, from: taken).dropLast() == [
                .collectOutput(id: "c2"), .removeCandidate(id: "c2"), .restartServing(id: "id-1"),
            ])
    }

    // MARK: failure and cancellation at every step

    static let strategies: [Strategy] = [.startFirst, .stopFirst]

    /// For each step of a clean rollout but the last: a machine about to answer it, and the steps taken so far,
    /// that one last.
    static func cuts(_ strategy: Strategy) -> [(machine: Machine, steps: [Step])] {
        var clean = Machine(configuration(strategy, volumes: true, pulls: true))
        let cuts = drive(&clean).indices.dropLast().map { index in
            var machine = Machine(configuration(strategy, volumes: true, pulls: true))
            let steps = drive(&machine, limit: index)
            return (machine, steps)
        }
        #expect(cuts.count >= 14, "volumes, two probes, the listing, swap and report: \(cuts.map(\.1.last))")
        return cuts
    }

    static func isRename(_ step: Step) -> Bool { if case .rename = step { true } else { false } }

    @Test(arguments: strategies)
    func aFailureAtAnyStepBeforeTheRenameUndoesAndOneAfterKeepsTheNewGeneration(_ strategy: Strategy) {
        for var (machine, before) in Self.cuts(strategy) {
            let step = before.last!
            let after = Self.drive(&machine, from: machine.failed("injected at \(step)"))
            let renamed = before.dropLast().contains(where: Self.isRename)
            guard case .finish(let outcome) = after.last else {
                Issue.record("\(step): did not finish: \(after)")
                continue
            }
            #expect(!after.contains(where: Self.isRename), "\(step): \(after)")
            if renamed, step != .pruneImages {
                #expect(outcome.result == .failed && outcome.failure?.reason == "SwapIncomplete", "\(step)")
                #expect(after == [after.last!], "\(step): nothing undone after the rename: \(after)")
            } else if step == .pruneImages {
                #expect(outcome.result == .succeeded, "retention never fails a rollout")
            } else {
                #expect(outcome.result == .failed, "\(step): \(outcome)")
                Self.expectUndone(before: before, after: after, strategy: strategy, context: "failure at \(step)")
            }
        }
    }

    /// berth stopping (SIGTERM) and someone cancelling (`berth cancel`) take the same path; only the result and who
    /// is named differ: `interrupted` / `berth was stopping`, `cancelled` / `cancelled by api`.
    static let cancellations: [Machine.Cancellation] = [.stopping, .asked(by: "api")]

    @Test(arguments: strategies, cancellations)
    func aCancellationBeforeTheRenameUndoesAndAfterItTheSwapCompletes(
        _ strategy: Strategy, _ cancellation: Machine.Cancellation
    ) {
        for var (machine, before) in Self.cuts(strategy) {
            let pending = before.last!
            let swapping = before.contains(where: Self.isRename)
            guard let instead = machine.cancel(cancellation) else {
                #expect(swapping, "only the swap and what follows carry on: \(pending)")
                let rest = Self.drive(&machine, from: Machine.Action([], pending))
                #expect(!rest.contains(.pruneImages) || pending == .pruneImages, "retention waits for the next run")
                #expect(rest.last.flatMap(Self.result) == .succeeded, "\(pending): \(rest)")
                continue
            }
            #expect(!swapping, "the swap is never abandoned: cancelled at \(pending)")
            #expect(
                instead.notes.contains {
                    if case .interrupted(_, let message) = $0 { message.hasPrefix(cancellation.message) } else { false }
                }, "\(instead.notes)")
            #expect(!instead.notes.contains { if case .failed = $0 { true } else { false } }, "not logged as a failure")
            #expect(machine.cancel(cancellation) == nil, "a second cancellation changes nothing")
            let after = Self.drive(&machine, from: instead)
            #expect(after.last.flatMap(Self.result) == cancellation.result, "\(pending): \(after)")
            Self.expectUndone(before: before, after: after, strategy: strategy, context: "cancelled at \(pending)")
        }
    }

    @Test func aFailingUndoStepIsRecordedAndTheUndoGoesOn() {
        var machine = Machine(Self.configuration(.stopFirst))
        _ = Self.drive(&machine, until: { if case .probeCandidate = $0 { true } else { false } })
        #expect(machine.failed("inspect failed").step == .collectOutput(id: "c2"))
        #expect(machine.outputCollected().step == .removeCandidate(id: "c2"))
        let next = machine.failed("the engine is gone")
        #expect(next.step == .restartServing(id: "id-1"))
        #expect(Self.output(next.notes) == ["cannot remove web-2-candidate: the engine is gone"])
        #expect(machine.cancel() == nil, "an undo is never abandoned")
        let end = machine.servingRestarted()
        #expect(Self.output(end.notes) == ["started generation 1 again"])
        #expect(Self.result(end.step) == .failed)
    }

    @Test func aBlockedReviewEndsBlockedWithNothingToUndo() {
        var machine = Machine(Self.configuration(.stopFirst))
        _ = machine.start()
        let blocked = machine.failed(reason: "ReviewBlocked", "high secret.private-key", result: .blocked)
        #expect(
            blocked.step
                == .finish(
                    Machine.Outcome(
                        result: .blocked,
                        failure: StageFailure(
                            .review, reason: "ReviewBlocked", "high secret.private-key", result: .blocked),
                        port: nil
                    )))
    }

    // MARK: helpers

    /// After a failure or cancellation before the rename: the candidate is removed when creating it was asked
    /// for (`before` ends with the step that failed or was pending), and what `stop-first` asked to stop is started
    /// again; nothing else runs.
    static func expectUndone(
        before: some Collection<Step>, after: [Step], strategy: Strategy, context: String
    ) {
        let created = before.contains { if case .createCandidate = $0 { true } else { false } }
        let stopped = before.contains { if case .stopContainer = $0 { true } else { false } }
        let removes = after.contains { if case .removeCandidate = $0 { true } else { false } }
        let restarts = after.contains { if case .restartServing = $0 { true } else { false } }
        #expect(removes == created, "\(context): \(after)")
        #expect(restarts == (strategy == .stopFirst && stopped), "\(context): \(after)")
        #expect(
            after.allSatisfy {
                switch $0 {
                case .collectOutput, .removeCandidate, .restartServing, .finish: true
                default: false
                }
            }, "\(context): only undo steps follow: \(after)")
    }

    static func result(_ step: Step) -> Rollout.Result? {
        if case .finish(let outcome) = step { outcome.result } else { nil }
    }

    /// Answers each step as a clean rollout would, from `action` on, until the machine finishes, `stop` holds
    /// for a step, or `limit` steps were taken; returns the steps taken (the last one not yet answered). The
    /// listing before the swap finds `listed` (default: the generation that serves).
    @discardableResult
    static func drive(
        _ machine: inout Machine, from action: Machine.Action? = nil, until stop: (Step) -> Bool = { _ in false },
        limit: Int = 100, listed: [Machine.Generation] = [serving]
    ) -> [Step] {
        var action = action ?? machine.start()
        var steps = [action.step]
        var elapsed = Duration.zero
        while steps.count <= limit, !stop(action.step) {
            switch action.step {
            case .pullImage: action = machine.pulled("pulled web:2")
            case .review: action = machine.reviewed(.skipped("prebuilt image"))
            case .build: action = machine.built(image: "web:2", .succeeded("built web:2"))
            case .createVolumes: action = machine.volumesCreated()
            case .stopContainer: action = machine.stopped()
            case .prepareCandidate: action = machine.prepared()
            case .createCandidate:
                action = machine.created(id: "c2", port: allocated, probeTarget: "http://127.0.0.1:20001/healthz")
            case .startCandidate: action = machine.candidateStarted(elapsed: elapsed)
            case .wait(let duration):
                elapsed += duration
                action = machine.timerFired()
            case .probeCandidate: action = machine.probed(.passed, elapsed: elapsed)
            case .checkGenerations: action = machine.checked(candidateExited: nil, generations: listed)
            case .rename: action = machine.renamed()
            case .routeTo: action = machine.routed()
            case .removeContainer: action = machine.removed()
            case .pruneImages: action = machine.imagesPruned(removed: 0)
            case .collectOutput: action = machine.outputCollected()
            case .removeCandidate: action = machine.candidateRemoved()
            case .restartServing: action = machine.servingRestarted()
            case .deployService, .observeService, .probeTasks, .restoreService:
                preconditionFailure("a container rollout asked for the swarm runtime's \(action.step)")
            case .finish: return steps
            }
            steps.append(action.step)
        }
        return steps
    }

    /// `stage state: message` for each transition note, in order.
    static func transitions(_ notes: [Machine.Note]) -> [String] {
        notes.compactMap { note in
            switch note {
            case .started(let stage): "\(stage.rawValue) started"
            case .ended(let stage, .succeeded(let message)): "\(stage.rawValue) succeeded: \(message)"
            case .ended(let stage, .skipped(let message)): "\(stage.rawValue) skipped: \(message)"
            case .failed(let stage, let message): "\(stage.rawValue) failed: \(message)"
            case .interrupted(let stage, let message): "\(stage.rawValue) interrupted: \(message)"
            case .output: nil
            }
        }
    }

    static func output(_ notes: [Machine.Note]) -> [String] {
        notes.compactMap { if case .output(_, let text) = $0 { text } else { nil } }
    }
}
