import Testing

@testable import Reconciler

/// The work queue's team rollout quota (DESIGN §14), event by event: which keys start, which wait, and what frees a
/// team's slot.
@Suite struct WorkQueueQuotaTests {
    /// How a running job can end: each frees its team's slot.
    enum Ending: CaseIterable, CustomTestStringConvertible {
        case succeeded, failed, interrupted

        var testDescription: String { "\(self)" }

        /// Ends `key`'s job this way (an interrupted rollout returns normally: berth stopped it at a safe point).
        func end(_ key: String, in state: inout WorkQueueState) -> [WorkQueueState.Action] {
            state.finished(key, succeeded: self != .failed)
        }
    }

    @Test func aTeamAtItsLimitWaitsWhileAnotherTeamProceeds() {
        var state = WorkQueueState(workers: 4, rollouts: ["a": 1, "b": 1])
        #expect(state.trigger("a1", team: "a", overridingBackoff: false) == [.start("a1")])
        #expect(
            state.trigger("a2", team: "a", overridingBackoff: false) == [
                .wait("a2", team: "a", limit: 1, running: ["a1"])
            ])
        #expect(state.trigger("b1", team: "b", overridingBackoff: false) == [.start("b1")])
        #expect(state.trigger("free", overridingBackoff: false) == [.start("free")], "a key without a team is free")
        #expect(state.running == 3)
        #expect(state.queued == 1)
    }

    @Test(arguments: Ending.allCases)
    func theSlotFreedByAnyEndingStartsTheFirstWaiterOfTheTeamInOrder(_ ending: Ending) {
        var state = WorkQueueState(workers: 4, rollouts: ["a": 1])
        _ = state.trigger("a1", team: "a", overridingBackoff: false)
        _ = state.trigger("a2", team: "a", overridingBackoff: false)
        #expect(
            state.trigger("a3", team: "a", overridingBackoff: false) == [
                .wait("a3", team: "a", limit: 1, running: ["a1"])
            ])
        let actions = ending.end("a1", in: &state)
        #expect(actions.contains(.start("a2")))
        #expect(!actions.contains(.start("a3")), "a3 was triggered after a2")
        #expect(!actions.contains { if case .wait = $0 { true } else { false } }, "a3 was told it waits once")
        #expect(ending.end("a2", in: &state).contains(.start("a3")))
    }

    @Test func aWaitingKeyHoldsNoWorkerAndKeysBehindItOfOtherTeamsStart() {
        var state = WorkQueueState(workers: 2, rollouts: ["a": 1])
        _ = state.trigger("a1", team: "a", overridingBackoff: false)
        _ = state.trigger("a2", team: "a", overridingBackoff: false)
        #expect(state.trigger("b1", team: "b", overridingBackoff: false) == [.start("b1")])
        #expect(state.trigger("b2", team: "b", overridingBackoff: false) == [], "both workers are busy")
        #expect(state.finished("b1", succeeded: true) == [.start("b2")], "a2 still waits for a1, b2 takes the worker")
        #expect(state.finished("a1", succeeded: true) == [.start("a2")])
    }

    @Test func aSyncForAWaitingKeyStaysQueuedAndRunsOnce() {
        var state = WorkQueueState(workers: 4, rollouts: ["a": 1])
        _ = state.trigger("a1", team: "a", overridingBackoff: false)
        _ = state.trigger("a2", team: "a", overridingBackoff: false)
        #expect(state.trigger("a2", team: "a", overridingBackoff: true) == [], "a manual sync folds into the wait")
        #expect(state.queued == 1)
        #expect(state.finished("a1", succeeded: true) == [.start("a2")])
        #expect(state.finished("a2", succeeded: true) == [], "no second run: the sync was the queued one")
    }

    @Test func aFailedKeyBacksOffWithoutHoldingItsTeamsSlot() {
        var state = WorkQueueState(workers: 4, rollouts: ["a": 1])
        _ = state.trigger("a1", team: "a", overridingBackoff: false)
        _ = state.trigger("a2", team: "a", overridingBackoff: false)
        #expect(state.finished("a1", succeeded: false) == [.retry("a1", failures: 1, timer: 1), .start("a2")])
        #expect(
            state.backoffElapsed("a1", timer: 1) == [.wait("a1", team: "a", limit: 1, running: ["a2"])],
            "the retry waits its turn like any trigger")
        #expect(state.finished("a2", succeeded: true) == [.start("a1")])
    }

    @Test func aLimitOfTwoRunsTwoAtOnce() {
        var state = WorkQueueState(workers: 8, rollouts: ["a": 2])
        let actions = ["a1", "a2", "a3"].flatMap { state.trigger($0, team: "a", overridingBackoff: false) }
        #expect(actions == [.start("a1"), .start("a2"), .wait("a3", team: "a", limit: 2, running: ["a1", "a2"])])
    }

    @Test func aKeyThatLeavesItsTeamIsNoLongerHeldByIt() {
        var state = WorkQueueState(workers: 4, rollouts: ["a": 1])
        _ = state.trigger("a1", team: "a", overridingBackoff: false)
        _ = state.trigger("web", team: "a", overridingBackoff: false)
        #expect(
            state.trigger("web", team: "b", overridingBackoff: false) == [.start("web")],
            "relabelled to team b, which is free")
    }

    @Test func shutdownDropsWaitingKeys() {
        var state = WorkQueueState(workers: 4, rollouts: ["a": 1])
        _ = state.trigger("a1", team: "a", overridingBackoff: false)
        _ = state.trigger("a2", team: "a", overridingBackoff: false)
        state.shutdown()
        #expect(state.queued == 0)
        #expect(state.finished("a1", succeeded: true) == [])
    }
}
