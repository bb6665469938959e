import Manifest
import Testing

@testable import Reconciler

/// The rollout state machine behind a router and with a watch after cutover (DESIGN §13, §14): the route moves
/// before the rename and is read back, the old generation drains, the previous one is kept through the watch and
/// traffic returns to it when the watch fails — and a failure or cancellation at any step ends in a state with one
/// generation serving.
@Suite struct RolloutStateMachineRouterTests {
    typealias Machine = RolloutStateMachine
    typealias Step = RolloutStateMachine.Step

    static let serving = Machine.Generation(id: "id-1", name: "web-1", generation: 1, isRunning: true, port: 20000)
    static let allocated = ServingPort(hostPort: 20001, appPort: 8080, isAllocated: true)
    static let drain = Duration.seconds(3)
    static let watch = Machine.WatchPlan(window: .seconds(10), failureThreshold: 3, interval: .seconds(1))

    static func configuration(
        _ strategy: Strategy = .startFirst, routed: Bool = true, watch: Machine.WatchPlan? = nil,
        serving: Machine.Generation? = serving
    ) -> Machine.Configuration {
        var serving = serving
        if strategy == .stopFirst { serving?.port = 20001 }
        return Machine.Configuration(
            candidateName: "web-2-candidate", activeName: "web-2", strategy: strategy, serving: serving,
            retiring: serving.map { [$0] } ?? [], stopGracePeriod: .seconds(5),
            health: .probe(interval: .seconds(1), startPeriod: .seconds(10), healthyThreshold: 1),
            createsVolumes: false, resolved: "image web:2", routing: routed ? .init(drain: drain) : nil, watch: watch,
            deployment: "web")
    }

    /// Answers steps as the world would, with `probe` deciding every check after the swap (by check number, from 1).
    struct Driver {
        var probe: (Int) -> Machine.ProbeResult = { _ in .passed }
        var elapsed = Duration.zero
        var swapped = false
        var watchChecks = 0

        mutating func answer(_ step: Step, on machine: inout Machine) -> Machine.Action? {
            switch step {
            case .pullImage: return machine.pulled("pulled")
            case .review: return machine.reviewed(.skipped("prebuilt image"))
            case .build: return machine.built(image: "web:2", .succeeded("built web:2"))
            case .createVolumes: return machine.volumesCreated()
            case .stopContainer: return machine.stopped()
            case .prepareCandidate: return machine.prepared()
            case .createCandidate:
                return machine.created(id: "c2", port: allocated, probeTarget: "http://127.0.0.1:20001/healthz")
            case .startCandidate: return machine.candidateStarted(elapsed: elapsed)
            case .wait(let duration):
                elapsed += duration
                return machine.timerFired()
            case .probeCandidate:
                guard swapped else { return machine.probed(.passed, elapsed: elapsed) }
                watchChecks += 1
                return machine.probed(probe(watchChecks), elapsed: elapsed)
            case .checkGenerations:
                return machine.checked(candidateExited: nil, generations: machine.configuration.retiring)
            case .rename(let id, _):
                if id == "c2" { swapped = true }
                return machine.renamed()
            case .routeTo: return machine.routed()
            case .removeContainer: return machine.removed()
            case .pruneImages: return machine.imagesPruned(removed: 0)
            case .collectOutput: return machine.outputCollected()
            case .removeCandidate: return machine.candidateRemoved()
            case .restartServing: return machine.servingRestarted()
            case .deployService, .observeService, .probeTasks, .restoreService:
                preconditionFailure("a container rollout asked for the swarm runtime's \(step)")
            case .finish: return nil
            }
        }
    }

    /// Drives `machine` from `action` (default: its start) until it finishes; returns the steps and notes.
    @discardableResult
    static func drive(
        _ machine: inout Machine, from action: Machine.Action? = nil,
        probe: @escaping (Int) -> Machine.ProbeResult = { _ in .passed }
    ) -> (steps: [Step], notes: [Machine.Note]) {
        var driver = Driver(probe: probe)
        return drive(&machine, from: action ?? machine.start(), with: &driver)
    }

    static func drive(_ machine: inout Machine, from action: Machine.Action, with driver: inout Driver)
        -> (steps: [Step], notes: [Machine.Note])
    {
        var action = action
        var steps = [action.step]
        var notes = action.notes
        while steps.count < 300, let next = driver.answer(action.step, on: &machine) {
            action = next
            steps.append(action.step)
            notes += action.notes
        }
        return (steps, notes)
    }

    /// Starts `machine` and answers steps until the pending one satisfies `stop`; returns that pending action.
    static func advance(
        _ machine: inout Machine, with driver: inout Driver, until stop: (Step) -> Bool
    ) -> Machine.Action {
        var action = machine.start()
        while !stop(action.step), let next = driver.answer(action.step, on: &machine) { action = next }
        return action
    }

    /// The steps from the first route change on (what the swap and the watch do).
    static func fromSwap(_ steps: [Step]) -> [Step] {
        Array(steps.drop { if case .routeTo = $0 { false } else if case .rename = $0 { false } else { true } })
    }

    static func outcome(_ steps: [Step]) -> Machine.Outcome? {
        if case .finish(let outcome) = steps.last { outcome } else { nil }
    }

    // MARK: the swap behind a router

    @Test func theRouteMovesBeforeTheRenameAndTheOldGenerationDrainsBeforeItStops() {
        var machine = Machine(Self.configuration())
        let (steps, notes) = Self.drive(&machine)
        #expect(
            Self.fromSwap(steps) == [
                .routeTo(port: 20001), .rename(id: "c2", to: "web-2"), .wait(Self.drain),
                .stopContainer(id: "id-1", grace: .seconds(5)), .removeContainer(id: "id-1"), .pruneImages,
                .finish(.init(result: .succeeded, failure: nil, port: Self.allocated)),
            ])
        #expect(notes.contains(.output(.swap, "draining for 3.0 seconds before stopping what served")))
    }

    @Test func stopFirstBehindARouterRoutesToTheNewGenerationWithoutADrain() {
        var machine = Machine(Self.configuration(.stopFirst))
        let steps = Self.drive(&machine).steps
        #expect(steps.first { if case .stopContainer = $0 { true } else { false } } != nil, "stops first")
        #expect(Self.fromSwap(steps).prefix(2) == [.routeTo(port: 20001), .rename(id: "c2", to: "web-2")])
        #expect(!steps.contains(.wait(Self.drain)), "nothing left serving to drain")
        #expect(Self.outcome(steps)?.result == .succeeded)
    }

    @Test func aRouteThatCannotBeSetUndoesAndPointsBackAtWhatServed() {
        var machine = Machine(Self.configuration())
        var driver = Driver()
        _ = Self.advance(&machine, with: &driver) { if case .routeTo = $0 { true } else { false } }
        let after = Self.drive(&machine, from: machine.failed("caddy is down"), with: &driver).steps
        #expect(
            after == [
                .routeTo(port: 20000), .removeCandidate(id: "c2"),
                .finish(
                    .init(
                        result: .failed, failure: StageFailure(.swap, reason: "SwapFailed", "caddy is down"), port: nil)),
            ])
    }

    @Test func aCancellationWhileDrainingStopsWhatServedAtOnce() {
        var machine = Machine(Self.configuration())
        var driver = Driver()
        _ = Self.advance(&machine, with: &driver) { $0 == .wait(Self.drain) }
        let instead = machine.cancel()
        #expect(instead?.step == .stopContainer(id: "id-1", grace: .seconds(5)))
        #expect(machine.cancel() == nil)
        let rest = Self.drive(&machine, from: instead!, with: &driver).steps
        #expect(!rest.contains(.pruneImages), "retention waits for the next run")
        #expect(Self.outcome(rest)?.result == .succeeded)
    }

    // MARK: the watch after cutover

    @Test func aHealthyWatchKeepsThePreviousRunningUnroutedThenRemovesIt() {
        var machine = Machine(Self.configuration(watch: Self.watch))
        let (steps, notes) = Self.drive(&machine)
        let swap = Self.fromSwap(steps)
        #expect(
            Array(swap.prefix(3)) == [
                .routeTo(port: 20001), .rename(id: "c2", to: "web-2"), .rename(id: "id-1", to: "web-1-previous"),
            ])
        #expect(!swap.contains(.wait(Self.drain)), "the previous one keeps running: nothing to drain")
        let checks = swap.filter { $0 == .probeCandidate(id: "c2") }.count
        #expect(checks == 11, "checks every second from the first one, through the 10 s window: \(checks)")
        #expect(
            Array(swap.suffix(4)) == [
                .stopContainer(id: "id-1", grace: .seconds(5)), .removeContainer(id: "id-1"), .pruneImages,
                .finish(.init(result: .succeeded, failure: nil, port: Self.allocated)),
            ])
        #expect(
            RolloutStateMachineTests.transitions(notes).suffix(4) == [
                "watch started", "watch succeeded: healthy through the 10.0 seconds watch (11 checks)",
                "report started", "report succeeded: no images beyond retention",
            ])
    }

    @Test func failedChecksInARowRouteBackStopTheNewOneAndEndRolledBack() {
        var machine = Machine(Self.configuration(watch: Self.watch))
        // Passes twice, fails once, passes, then fails three times in a row from check 5.
        let (steps, notes) = Self.drive(&machine) { $0 == 3 || $0 >= 5 ? .failed("HTTP 500") : .passed }
        let rollback = Array(steps.drop { $0 != .routeTo(port: 20000) })
        #expect(
            rollback.dropLast() == [
                .routeTo(port: 20000), .stopContainer(id: "c2", grace: .seconds(5)), .removeContainer(id: "c2"),
                .rename(id: "id-1", to: "web-1"),
            ])
        let outcome = Self.outcome(steps)
        #expect(outcome?.result == .rolledBack)
        #expect(outcome?.restoredGeneration == 1)
        #expect(outcome?.failure?.stage == .watch)
        #expect(outcome?.failure?.reason == "WatchFailed")
        #expect(
            outcome?.failure?.message
                == "web-2 failed 3 checks in a row 6.0 seconds into the 10.0 seconds watch: HTTP 500; "
                + "rolled back to generation 1")
        #expect(!steps.contains(.pruneImages))
        #expect(RolloutStateMachineTests.output(notes).contains("check 7: HTTP 500 (3/3)"))
    }

    @Test(arguments: ["exited with code 1", "restarted 1 time", "was killed for using too much memory"])
    func anExitRestartOrOOMKillRollsBackAtOnce(_ why: String) {
        var machine = Machine(Self.configuration(watch: Self.watch))
        let steps = Self.drive(&machine) { $0 == 2 ? .exited(why) : .passed }.steps
        #expect(steps.filter { $0 == .probeCandidate(id: "c2") }.count == 2 + 1, "one health check, two watch checks")
        #expect(Self.outcome(steps)?.result == .rolledBack)
        #expect(Self.outcome(steps)?.failure?.message.contains(why) == true)
    }

    @Test func withoutARouterThePreviousWaitsStoppedAndARollbackStartsIt() {
        var machine = Machine(Self.configuration(routed: false, watch: Self.watch))
        let steps = Self.drive(&machine) { _ in .failed("connection refused") }.steps
        let swap = Self.fromSwap(steps)
        #expect(!steps.contains { if case .routeTo = $0 { true } else { false } })
        #expect(
            Array(swap.prefix(3)) == [
                .rename(id: "c2", to: "web-2"), .rename(id: "id-1", to: "web-1-previous"),
                .stopContainer(id: "id-1", grace: .seconds(5)),
            ])
        #expect(
            Array(swap.suffix(5).dropLast()) == [
                .stopContainer(id: "c2", grace: .seconds(5)), .restartServing(id: "id-1"), .removeContainer(id: "c2"),
                .rename(id: "id-1", to: "web-1"),
            ])
        #expect(Self.outcome(steps)?.result == .rolledBack)
    }

    @Test func stopFirstBehindARouterStopsTheNewOneBeforeStartingThePreviousAndRoutesAfter() {
        var machine = Machine(Self.configuration(.stopFirst, watch: Self.watch))
        let steps = Self.drive(&machine) { _ in .failed("HTTP 502") }.steps
        #expect(
            Array(steps.suffix(6).dropLast()) == [
                .stopContainer(id: "c2", grace: .seconds(5)), .restartServing(id: "id-1"), .routeTo(port: 20001),
                .removeContainer(id: "c2"), .rename(id: "id-1", to: "web-1"),
            ])
        #expect(Self.outcome(steps)?.result == .rolledBack)
    }

    @Test func aFirstRolloutThatFailsItsWatchFailsAndKeepsRunningWithNothingToReturnTo() {
        var machine = Machine(Self.configuration(watch: Self.watch, serving: nil))
        let steps = Self.drive(&machine) { _ in .failed("HTTP 500") }.steps
        let outcome = Self.outcome(steps)
        #expect(outcome?.result == .failed)
        #expect(outcome?.failure?.stage == .watch)
        #expect(outcome?.port == Self.allocated, "the new generation still serves")
        #expect(!steps.contains { if case .stopContainer = $0 { true } else { false } })
    }

    @Test func aCheckThatCannotRunIsNotAFailedCheck() {
        var machine = Machine(Self.configuration(watch: Self.watch))
        var driver = Driver(probe: { _ in .passed })
        var action = machine.start()
        var engineErrors = 0
        while true {
            if driver.swapped, action.step == .probeCandidate(id: "c2"), engineErrors < 5 {
                engineErrors += 1
                action = machine.failed("the engine did not answer")
                #expect(action.step == .wait(.seconds(1)))
                continue
            }
            guard let next = driver.answer(action.step, on: &machine) else { break }
            action = next
        }
        #expect(Self.result(action.step) == .succeeded)
    }

    // MARK: every cut point

    static let scenarios: [(Strategy, Bool, Bool)] = [Strategy.startFirst, .stopFirst].flatMap { strategy in
        [true, false].flatMap { routed in [true, false].map { (strategy, routed, $0) } }
    }

    /// A failure injected at any step of a routed, watched rollout (or one without router or watch) ends the
    /// rollout, and what serves afterwards is exactly one generation: the old one when it failed before the rename
    /// (route pointed back), the new one after, or the old one again after a rollback.
    @Test(arguments: scenarios.indices)
    func aFailureOrCancellationAtAnyStepLeavesOneGenerationServing(_ index: Int) {
        let (strategy, routed, watched) = Self.scenarios[index]
        let configuration = Self.configuration(strategy, routed: routed, watch: watched ? Self.watch : nil)
        let failing: (Int) -> Machine.ProbeResult = { $0 >= 3 ? .failed("HTTP 500") : .passed }
        var clean = Machine(configuration)
        let all = Self.drive(&clean, probe: failing).steps
        #expect(Self.outcome(all)?.result == (watched ? .rolledBack : .succeeded))
        for cut in all.indices.dropLast() {
            for cancelled in [false, true] {
                var machine = Machine(configuration)
                var driver = Driver(probe: failing)
                var world = World()
                if strategy == .stopFirst { world.ports["id-1"] = 20001 }
                var action = machine.start()
                for _ in 0..<cut {
                    world.apply(action.step)
                    action = driver.answer(action.step, on: &machine)!
                }
                let context =
                    "\(strategy.rawValue) routed \(routed) watched \(watched), "
                    + "\(cancelled ? "cancelled" : "failed") at \(action.step)"
                let instead = cancelled ? machine.cancel() : machine.failed("injected")
                let after: [Step]
                if let instead {
                    after = Self.drive(&machine, from: instead, with: &driver).steps
                } else {
                    after = Self.drive(&machine, from: action, with: &driver).steps
                }
                for step in after.dropLast() { world.apply(step) }
                guard let outcome = Self.outcome(after) else {
                    Issue.record("\(context): did not finish: \(after)")
                    continue
                }
                #expect(!world.running.isEmpty, "\(context): nothing runs after \(after)")
                if routed, let routedTo = world.route {
                    #expect(
                        world.running.contains { world.ports[$0] == routedTo },
                        "\(context): the route points at \(routedTo), where nothing runs, after \(after)")
                }
                switch outcome.result {
                case .succeeded:
                    #expect(world.serving == ["c2"], "\(context): \(after)")
                    if routed { #expect(world.route == 20001, "\(context): \(after)") }
                case .interrupted:
                    #expect(world.serving == ["id-1"], "\(context): \(after)")
                case .rolledBack:
                    #expect(world.running.contains("id-1"), "\(context): \(after)")
                    if routed { #expect(world.route == configuration.serving?.port, "\(context): \(after)") }
                case .failed:
                    break
                default:
                    Issue.record("\(context): \(outcome)")
                }
            }
        }
    }

    /// What the steps did to the containers and the route: the generations that would receive traffic.
    struct World {
        var running: Set<String> = ["id-1"]
        var names: [String: String] = ["id-1": "web-1"]
        var route: Int?
        var swapped = false
        /// Where each container serves (the stop-first candidate takes the fixed port).
        var ports: [String: Int] = ["id-1": 20000, "c2": 20001]

        /// The containers named as generations (not candidate, not -previous) that run.
        var serving: [String] {
            running.filter { names[$0].map { !$0.hasSuffix("-candidate") && !$0.hasSuffix("-previous") } ?? false }
                .sorted()
        }

        mutating func apply(_ step: Step) {
            switch step {
            case .createCandidate: names["c2"] = "web-2-candidate"
            case .startCandidate(let id), .restartServing(let id): running.insert(id)
            case .stopContainer(let id, _): running.remove(id)
            case .removeContainer(let id), .removeCandidate(let id):
                running.remove(id)
                names[id] = nil
            case .rename(let id, let name):
                names[id] = name
                if id == "c2" { swapped = true }
            case .routeTo(let port): route = port
            default: break
            }
        }
    }

    static func result(_ step: Step) -> Rollout.Result? {
        if case .finish(let outcome) = step { outcome.result } else { nil }
    }
}
