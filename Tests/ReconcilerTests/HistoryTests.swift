import Drivers
import Foundation
import GRDB
import TestSupport
import Testing

@testable import Reconciler

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

    /// `Tests/Fixtures/state-232cc12`: what the berth this wave started from (commit 232cc12, schema v1) wrote for
    /// `fixture-web` — generations 1 and 2 applied, then `berth rollback --to 1`, which ran generation 3 and pinned it.
    @Test func aStateDirOfTheBerthThisWaveStartedFromOpensWithItsHistoryAndPins() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("berth.sqlite").path
        try FileManager.default.copyItem(
            atPath: Fixtures.directory.appendingPathComponent("state-232cc12/berth.sqlite").path, toPath: path)
        let old = try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(old.count == 1, "the fixture is schema v1: \(old)")

        let history = try History(path: path)
        let rollouts = try await history.rollouts(of: "fixture-web", limit: 10)
        #expect(rollouts.map(\.generation) == [3, 2, 1])
        #expect(rollouts.allSatisfy { $0.result == .succeeded })
        let pin = try #require(try await history.pins()["fixture-web"])
        #expect(pin.generation == 3 && !pin.reason.isEmpty, "\(pin)")
        #expect(try await history.record(of: "fixture-web", generation: 1) == nil, "v1 kept no create records")
        let next = try await history.begin(rollout("fixture-web", generation: 0))
        #expect(next.generation == 4, "generations are never reused across the upgrade")
        let migrated = try await DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(migrated.count == HistorySchema.version)
    }

    @Test func aStateDirWrittenByANewerBerthIsRefusedAndLeftUntouched() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("berth.sqlite").path
        let history = try History(path: path)
        _ = try await history.begin(rollout("web", generation: 0))
        // A newer berth added a migration this one does not know.
        try await DatabaseQueue(path: path).write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
            try db.execute(sql: "CREATE TABLE future (x TEXT)")
        }
        for open in [{ try History(path: path) }, { try History(readingAt: path) }] {
            #expect {
                _ = try open()
            } throws: { error in
                guard let error = error as? HistoryOpenError, case .newerSchema(let unknown) = error.cause else {
                    return false
                }
                return unknown == ["v99: from the future"]
                    && error.summary.contains("written by a newer berth (schema version \(HistorySchema.version) here")
                    && error.hint?.contains("berth version --output json") == true
            }
        }
        let rows = try await DatabaseQueue(path: path).read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM rollout") }
        #expect(rows == 1, "nothing was changed")
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
        try await history.pin("web", generation: 3, configSpecHash: "h", reason: "berth rollback")
        let pins = try await history.pins()
        #expect(pins["web"]?.generation == 3)
        #expect(pins["web"]?.specHash == "h")
        try await history.unpin("web")
        #expect(try await history.pins().isEmpty)
    }
}

@Suite struct GenerationRecordHistoryTests {
    @Test func aRolloutRecordsItsManifestAsItBeginsAndItsContainerAsItEnds() async throws {
        let history = try History()
        let manifest = CanonicalValue.map(["spec": .map(["env": .map(["LOG_LEVEL": .text("info")])])])
        let started = try await history.begin(
            Rollout(
                deployment: "web", generation: 0, configCommit: "c1", appCommit: "a1", image: "berth/web:abc",
                specHash: "h", strategy: "start-first"
            ),
            manifest: manifest
        )
        let id = try #require(started.id)
        #expect(try await history.record(of: "web", generation: 1) == GenerationRecord(
            deployment: "web", generation: 1, rolloutID: id, manifest: manifest))
        var spec = ContainerSpec(name: "web-1-candidate", image: "berth/web:abc")
        spec.environment = ["LOG_LEVEL": "info", "DB_PASSWORD": "opened", "PORT": "20001"]
        spec.resources = ResourceLimits(cpus: 0.5, memoryBytes: 48 << 20)
        spec.ports = [PublishedPort(containerPort: 8080, hostPort: 20001, hostIP: "127.0.0.1")]
        let container = RecordedContainer(spec, sealed: ["DB_PASSWORD": "berth:v1:sealed", "UNUSED": "berth:v1:x"])
        #expect(container.environment == ["LOG_LEVEL": "info", "PORT": "20001"])
        #expect(container.sealedEnvironment == ["DB_PASSWORD": "berth:v1:sealed"])
        #expect(container.nanoCPUs == 500_000_000 && container.memoryBytes == 48 << 20)
        try await history.finish(id, result: .succeeded, container: container)
        #expect(try await history.record(of: "web", generation: 1)?.container == container)
        #expect(try await history.record(of: "web", generation: 2) == nil)
        #expect(try await history.rollouts(of: "web").first?.rollbackOf == nil)
    }

    @Test func aDatabaseFromBeforeRecordsIsMigratedAndItsRolloutsKept() async throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("berth.sqlite").path
        let v1 = try DatabaseQueue(path: path)
        try HistorySchema.migrator.migrate(v1, upTo: "v1: rollouts, stages, logs, deployment state, conditions")
        try await v1.write { db in
            try db.execute(sql: """
                INSERT INTO rollout (deployment, generation, configCommit, appCommit, image, specHash, strategy, result,
                  startedAt) VALUES ('web', 4, 'c', 'a', 'berth/web:1', 'h', 'start-first', 'succeeded',
                  '2026-12-01 10:00:00.000')
                """)
        }
        #expect(try await v1.read { try $0.columns(in: "rollout").map(\.name) }.contains("rollbackOf") == false)
        try v1.close()
        let history = try History(path: path)
        let rollout = try #require(try await history.rollouts(of: "web").first)
        #expect(rollout.generation == 4 && rollout.rollbackOf == nil)
        #expect(try await history.record(of: "web", generation: 4) == nil)
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
