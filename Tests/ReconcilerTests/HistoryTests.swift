import Foundation
import GRDB
import Reconciler
import TestSupport
import Testing

@Suite struct HistoryTests {
    private func rollout(_ deployment: String, generation: Int, hash: String = "h") -> Rollout {
        Rollout(
            deployment: deployment, generation: generation, configCommit: "c1", appCommit: "a1",
            image: "berth/\(deployment):abc", specHash: hash, strategy: "start-first"
        )
    }

    @Test func generationsAreNeverReusedAndStayAboveWhatDockerShows() async throws {
        let history = try History()
        let next = { (name: String, floor: Int) in
            try await history.begin(self.rollout(name, generation: 0), atLeastAbove: floor).generation
        }
        #expect(try await next("web", 0) == 1)
        #expect(try await next("web", 0) == 2)
        #expect(try await next("web", 7) == 8)
        #expect(try await next("web", 0) == 9)
        #expect(try await next("api", 0) == 1)
    }

    @Test func aRolloutBeginsAndEndsWithItsConditionsAndLastLinesInOneTransactionEach() async throws {
        let history = try History()
        let reconciling = Condition(.reconciling, .true, reason: "RolloutStarted", message: "", observedConfigCommit: "c1")
        let started = try await history.begin(rollout("web", generation: 0), conditions: [reconciling])
        #expect(try await history.conditions()["web"]?.map(\.reason) == ["RolloutStarted"])
        let id = try #require(started.id)
        try await history.finish(
            id, result: .succeeded,
            lines: [RolloutLogLine(rolloutID: id, stage: "health", text: "running", at: Date())],
            conditions: [Condition(.reconciling, .false, reason: "RolloutFinished", message: "", observedConfigCommit: "c1")]
        )
        #expect(try await history.conditions()["web"]?.map(\.reason) == ["RolloutFinished"])
        #expect(try await history.logLines(of: id).map(\.text) == ["running"])
    }

    @Test func theDatabaseIsKeptInWALMode() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("berth.sqlite").path
        _ = try History(path: path)
        let mode = try await DatabaseQueue(path: path).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func rolloutRowsStagesAndLogsSurviveReopening() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("berth.sqlite").path
        let id: Int64
        do {
            let history = try History(path: path)
            let started = try await history.begin(rollout("web", generation: 1))
            id = try #require(started.id)
            try await history.record(
                [StageTransition(rolloutID: id, stage: "build", state: "started", message: "", at: Date())],
                lines: [RolloutLogLine(rolloutID: id, stage: "build", text: "Step 1/2 : FROM busybox", at: Date())]
            )
            try await history.finish(id, result: .failed, failingStage: "health", error: "probe timed out")
        }
        let reopened = try History(path: path)
        let row = try #require(try await reopened.rollout(id))
        #expect(row.result == .failed)
        #expect(row.failingStage == "health")
        #expect(row.durationMilliseconds != nil)
        #expect(try await reopened.transitions(of: id).map(\.stage) == ["build"])
        #expect(try await reopened.logLines(of: id).map(\.text) == ["Step 1/2 : FROM busybox"])
        #expect(try await reopened.lastDeployedHashes().isEmpty)
    }

    @Test func successBecomesTheLastDeployedHashAndHistoryListsNewestFirst() async throws {
        let history = try History()
        let first = try await history.begin(rollout("web", generation: 1, hash: "h1"))
        try await history.finish(try #require(first.id), result: .succeeded)
        let second = try await history.begin(rollout("web", generation: 2, hash: "h2"))
        try await history.finish(try #require(second.id), result: .succeeded)
        #expect(try await history.lastDeployedHashes() == ["web": "h2"])
        #expect(try await history.rollouts(of: "web").map(\.generation) == [2, 1])
        #expect(try await history.rollouts(of: "web", limit: 1).map(\.generation) == [2])
    }

    @Test func unfinishedRolloutsAreMarkedInterruptedAtStartUp() async throws {
        let history = try History()
        let started = try await history.begin(rollout("web", generation: 1))
        #expect(try await history.markUnfinishedInterrupted() == 1)
        #expect(try await history.rollout(try #require(started.id))?.result == .interrupted)
        #expect(try await history.markUnfinishedInterrupted() == 0)
    }

    @Test func pinsAreKeptUntilUnpinned() async throws {
        let history = try History()
        try await history.pin("web", generation: 3, configSpecHash: "h")
        let pins = try await history.pins()
        #expect(pins["web"]?.generation == 3)
        #expect(pins["web"]?.specHash == "h")
        try await history.unpin("web")
        #expect(try await history.pins().isEmpty)
    }
}

@Suite struct ConditionHistoryTests {
    @Test func transitionTimeMovesOnlyWhenTheStatusChanges() async throws {
        let history = try History()
        let t0 = Date(timeIntervalSince1970: 1_000)
        try await history.set(Condition(.ready, .true, reason: "RolloutSucceeded", message: "gen 1", observedConfigCommit: "c1", lastTransitionTime: t0), for: "web")
        try await history.set(Condition(.ready, .true, reason: "InSync", message: "gen 1", observedConfigCommit: "c2", lastTransitionTime: t0 + 60), for: "web")
        var ready = try #require(try await history.conditions()["web"]?.first)
        #expect(ready.lastTransitionTime == t0)
        #expect(ready.observedConfigCommit == "c2")
        try await history.set(Condition(.ready, .false, reason: "HealthCheckFailed", message: "probe", observedConfigCommit: "c3", lastTransitionTime: t0 + 120), for: "web")
        ready = try #require(try await history.conditions()["web"]?.first)
        #expect(ready.lastTransitionTime == t0 + 120)
        #expect(ready.status == .false)
    }

    @Test func conditionsComeBackInKindOrderAndCanBeForgotten() async throws {
        let history = try History()
        for kind in Condition.Kind.allCases.reversed() {
            try await history.set(Condition(kind, .false, reason: "R", message: "m", observedConfigCommit: "c"), for: "web")
        }
        #expect(try await history.conditions()["web"]?.map(\.kind) == Condition.Kind.allCases)
        try await history.removeConditions(of: "web")
        #expect(try await history.conditions().isEmpty)
    }
}
