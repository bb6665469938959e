package import Foundation
import GRDB

/// What berth remembers that Docker cannot tell it (DESIGN §3): rollouts, their stages and logs, the generation
/// counter, rollback pins. Kept in `<stateDir>/berth.sqlite` in WAL mode; losing it loses history, never running
/// state. A rollout writes one transaction as it begins, one per step of its state machine, one per batch of output
/// lines while a stage runs (every 20 ms at most, so the dashboard's live log follows a build), and one as it ends.
///
/// ```swift
/// let history = try History(path: stateDir + "/berth.sqlite")
/// let rollout = try await history.begin(planned, atLeastAbove: highestGenerationInDocker)   // generation set
/// ```
package final class History: Sendable {
    let database: DatabaseQueue
    /// Wakes the watchers of a rollout whenever this history writes its lines, transitions or end.
    package let feed = RolloutFeed()

    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    /// - Throws: ``HistoryOpenError`` naming the path and saying, in words, why it cannot be used.
    package convenience init(path: String) throws(HistoryOpenError) {
        self.init(database: try Self.openForWriting(path))
    }

    /// Opens the existing database at `path` for reading only: read commands never create a database. A database
    /// an older berth wrote is brought up to date first (the file exists, so nothing new is created).
    /// - Throws: ``HistoryOpenError`` when there is no database at `path` or it cannot be read.
    package convenience init(readingAt path: String) throws(HistoryOpenError) {
        guard FileManager.default.fileExists(atPath: path) else { throw HistoryOpenError(path: path, .missing) }
        do {
            let reader = try DatabaseQueue(path: path, configuration: Self.configuration(readOnly: true))
            try HistorySchema.refuseNewer(reader, path: path)
            if try reader.read(HistorySchema.migrator.hasCompletedMigrations) {
                self.init(database: reader)
            } else {
                try reader.close()
                self.init(database: try Self.openForWriting(path))
            }
        } catch let error as HistoryOpenError {
            throw error
        } catch {
            throw HistoryOpenError(path: path, error)
        }
    }

    private init(database: DatabaseQueue) {
        self.database = database
    }

    private static func openForWriting(_ path: String) throws(HistoryOpenError) -> DatabaseQueue {
        do {
            let database = try DatabaseQueue(path: path, configuration: configuration(readOnly: false))
            try HistorySchema.refuseNewer(database, path: path)
            try HistorySchema.migrator.migrate(database)
            return database
        } catch let error as HistoryOpenError {
            throw error
        } catch {
            throw HistoryOpenError(path: path, error)
        }
    }

    private static func configuration(readOnly: Bool) -> Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        configuration.readonly = readOnly
        if !readOnly {
            configuration.prepareDatabase { db in
                // WAL: a commit appends to the log instead of rewriting pages, and readers never wait for a writer;
                // synchronous=NORMAL syncs at checkpoints, so a power loss may lose the last commits, never
                // consistency.
                try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            }
        }
        return configuration
    }

    /// A database that lives in memory only (tests, benchmarks).
    package convenience init() throws {
        let database = try DatabaseQueue()
        try HistorySchema.migrator.migrate(database)
        self.init(database: database)
    }

    /// Records a rollout that is starting, in one transaction with `conditions` and the `manifest` it rolls out
    /// (``CanonicalManifest``), and returns it with its id and its generation: one more than any its deployment
    /// has had, never reused, and above `atLeastAbove` (the highest generation Docker shows, in case the database
    /// was lost). `rollout.generation` is not read.
    package func begin(
        _ rollout: Rollout, atLeastAbove floor: Int = 0, conditions: [Condition] = [], manifest: CanonicalValue? = nil
    ) async throws -> Rollout {
        try await database.write { db in
            let stored =
                try Int.fetchOne(
                    db, sql: "SELECT lastGeneration FROM deploymentState WHERE deployment = ?",
                    arguments: [rollout.deployment]
                ) ?? 0
            var numbered = rollout
            numbered.generation = max(stored, floor) + 1
            try db.execute(
                sql: """
                    INSERT INTO deploymentState (deployment, lastGeneration) VALUES (?, ?)
                    ON CONFLICT(deployment) DO UPDATE SET lastGeneration = excluded.lastGeneration
                    """,
                arguments: [rollout.deployment, numbered.generation]
            )
            var record = RolloutRecord(numbered)
            try record.insert(db)
            if let manifest, let id = record.id {
                try GenerationRecordRow(
                    rolloutID: id, deployment: rollout.deployment, generation: numbered.generation, manifest: manifest
                ).insert(db)
            }
            for condition in conditions { try Self.save(condition, for: rollout.deployment, in: db) }
            return record.rollout
        }
    }

    /// Records what a running rollout deploys once its resolve stage pulled the image: the image id (its app commit)
    /// and the spec hash that id gives, in place of the registry digest the plan knew.
    package func retarget(_ rolloutID: Int64, appCommit: String, specHash: String) async throws {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE rollout SET appCommit = ?, specHash = ? WHERE id = ?",
                arguments: [appCommit, specHash, rolloutID]
            )
        }
    }

    /// Records how a rollout ended, in one transaction with its last output `lines`, `conditions` and the
    /// `container` it created (kept beside the manifest recorded at ``begin(_:atLeastAbove:conditions:manifest:)``);
    /// on success it also becomes the deployment's last deployed hash.
    package func finish(
        _ rolloutID: Int64, result: Rollout.Result, failingStage: String? = nil, error: String? = nil,
        at finishedAt: Date = Date(), lines: [RolloutLogLine] = [], conditions: [Condition] = [],
        container: RecordedContainer? = nil
    ) async throws {
        let containerText = try container?.jsonText()
        try await database.write { db in
            for line in lines { try LogLineRecord(line).insert(db) }
            if let containerText {
                try db.execute(
                    sql: "UPDATE generationRecord SET container = ? WHERE rolloutId = ?",
                    arguments: [containerText, rolloutID]
                )
            }
            if !conditions.isEmpty,
                let deployment = try String.fetchOne(
                    db, sql: "SELECT deployment FROM rollout WHERE id = ?", arguments: [rolloutID])
            {
                for condition in conditions { try Self.save(condition, for: deployment, in: db) }
            }
            try db.execute(
                sql: "UPDATE rollout SET result = ?, failingStage = ?, error = ?, finishedAt = ? WHERE id = ?",
                arguments: [result.rawValue, failingStage, error, HistoryDate.text(finishedAt), rolloutID]
            )
            guard result == .succeeded, let row = try RolloutRecord.fetchOne(db, key: rolloutID) else { return }
            try db.execute(
                sql: """
                    INSERT INTO deploymentState (deployment, lastGeneration, lastDeployedHash) VALUES (?, ?, ?)
                    ON CONFLICT(deployment) DO UPDATE SET lastDeployedHash = excluded.lastDeployedHash
                    """,
                arguments: [row.deployment, row.generation, row.specHash]
            )
        }
        feed.wake(rolloutID)
    }

    /// Marks every rollout still `running` as `interrupted`: called once at start-up, before any new rollout,
    /// since one process holds the state dir at a time.
    @discardableResult
    package func markUnfinishedInterrupted(at time: Date = Date()) async throws -> Int {
        try await database.write { db in
            try db.execute(
                sql: "UPDATE rollout SET result = ?, error = ?, finishedAt = ? WHERE result = ?",
                arguments: [
                    Rollout.Result.interrupted.rawValue, "berth stopped during this rollout", HistoryDate.text(time),
                    Rollout.Result.running.rawValue,
                ]
            )
            return db.changesCount
        }
    }

    /// Appends a rollout's output `lines`, then its stage `transitions`, in one transaction.
    package func record(_ transitions: [StageTransition], lines: [RolloutLogLine] = []) async throws {
        guard !transitions.isEmpty || !lines.isEmpty else { return }
        try await record(transitions, takingLines: { lines })
    }

    /// Appends the output lines `take` hands over, then `transitions`, in one transaction. `take` runs inside it,
    /// so lines taken by two writers of one rollout are stored in the order they were taken.
    package func record(
        _ transitions: [StageTransition], takingLines take: @escaping @Sendable () -> [RolloutLogLine]
    ) async throws {
        let written = try await database.write { db in
            let lines = take()
            for line in lines { try LogLineRecord(line).insert(db) }
            for transition in transitions { try StageTransitionRecord(transition).insert(db) }
            return Set(transitions.map(\.rolloutID) + lines.map(\.rolloutID))
        }
        for id in written { feed.wake(id) }
    }

    /// The newest rollouts of `deployment`, newest first.
    package func rollouts(of deployment: String, limit: Int = 20) async throws -> [Rollout] {
        try await database.read { db in
            try RolloutRecord
                .filter(Column("deployment") == deployment)
                .order(Column("id").desc)
                .limit(limit)
                .fetchAll(db)
                .map(\.rollout)
        }
    }

    /// One rollout by id.
    package func rollout(_ id: Int64) async throws -> Rollout? {
        try await database.read { db in try RolloutRecord.fetchOne(db, key: id)?.rollout }
    }

    /// A rollout's stage transitions in order.
    package func transitions(of rolloutID: Int64) async throws -> [StageTransition] {
        try await database.read { db in
            try StageTransitionRecord.filter(Column("rolloutId") == rolloutID).order(Column("id")).fetchAll(db)
                .map(\.transition)
        }
    }

    /// A rollout's log lines in order.
    package func logLines(of rolloutID: Int64) async throws -> [RolloutLogLine] {
        try await database.read { db in
            try LogLineRecord.filter(Column("rolloutId") == rolloutID).order(Column("id")).fetchAll(db).map(\.line)
        }
    }

    /// What history keeps of `deployment`'s `generation` (its newest rollout of that number), or nil when it was
    /// rolled out before berth kept records.
    package func record(of deployment: String, generation: Int) async throws -> GenerationRecord? {
        try await database.read { db in
            try GenerationRecordRow
                .filter(Column("deployment") == deployment && Column("generation") == generation)
                .order(Column("rolloutId").desc)
                .fetchOne(db)?
                .record()
        }
    }

    /// Rewrites a generation's record (its manifest and create request) in place, for the rollout that wrote it:
    /// after berth changed what that generation runs without a new one (live fields, DESIGN §14), so the record
    /// always says what berth last applied.
    package func update(_ record: GenerationRecord) async throws {
        let manifest = try record.manifest.jsonText()
        let container = try record.container?.jsonText()
        try await database.write { db in
            try db.execute(
                sql: "UPDATE generationRecord SET manifest = ?, container = ? WHERE rolloutId = ?",
                arguments: [manifest, container, record.rolloutID]
            )
        }
    }

    /// The spec hash each deployment last rolled out successfully.
    package func lastDeployedHashes() async throws -> [String: String] {
        try await database.read(Self.lastDeployedHashes)
    }

    static func lastDeployedHashes(in db: Database) throws -> [String: String] {
        let rows = try Row.fetchAll(
            db, sql: "SELECT deployment, lastDeployedHash FROM deploymentState WHERE lastDeployedHash IS NOT NULL"
        )
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["deployment"], $0["lastDeployedHash"]) })
    }

    /// Pins `deployment` to `generation` until the config changes its spec away from `specHash` or it is unpinned;
    /// `reason` says why (`berth rollback`, or the watch that failed).
    package func pin(_ deployment: String, generation: Int, configSpecHash specHash: String, reason: String)
        async throws
    {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO deploymentState (deployment, lastGeneration, pinnedGeneration, pinnedSpecHash, pinReason)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(deployment) DO UPDATE SET
                        pinnedGeneration = excluded.pinnedGeneration, pinnedSpecHash = excluded.pinnedSpecHash,
                        pinReason = excluded.pinReason
                    """,
                arguments: [deployment, generation, generation, specHash, reason]
            )
        }
    }

    /// Removes a pin.
    package func unpin(_ deployment: String) async throws {
        try await database.write { db in
            try db.execute(
                sql: """
                    UPDATE deploymentState SET pinnedGeneration = NULL, pinnedSpecHash = NULL, pinReason = NULL
                    WHERE deployment = ?
                    """,
                arguments: [deployment]
            )
        }
    }

    /// Current pins by deployment.
    package func pins() async throws -> [String: Pin] {
        try await database.read(Self.pins)
    }

    static func pins(in db: Database) throws -> [String: Pin] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT deployment, pinnedGeneration, pinnedSpecHash, pinReason FROM deploymentState
                WHERE pinnedGeneration IS NOT NULL
                """
        )
        var pins: [String: Pin] = [:]
        for row in rows {
            pins[row["deployment"]] = Pin(
                generation: row["pinnedGeneration"], specHash: row["pinnedSpecHash"],
                reason: row["pinReason"] ?? "berth rollback")
        }
        return pins
    }

    /// What a pass reads of history, in one read: pins, last deployed hashes, dashboard suspensions.
    package struct PassRecords: Sendable {
        package var pins: [String: Pin]
        package var lastDeployedHashes: [String: String]
        package var suspensions: [String: Suspension]
    }

    /// ``PassRecords`` as history holds them now.
    package func passRecords() async throws -> PassRecords {
        try await database.read { db in
            PassRecords(
                pins: try Self.pins(in: db), lastDeployedHashes: try Self.lastDeployedHashes(in: db),
                suspensions: try Self.suspensions(in: db))
        }
    }

    /// Writes `condition` for `deployment`, keeping the stored transition time when the status did not change.
    package func set(_ condition: Condition, for deployment: String) async throws {
        try await database.write { db in try Self.save(condition, for: deployment, in: db) }
    }

    private static func save(_ condition: Condition, for deployment: String, in db: Database) throws {
        var record = ConditionRecord(deployment: deployment, condition)
        if let stored = try ConditionRecord.fetchOne(
            db, key: ["deployment": deployment, "kind": condition.kind.rawValue]
        ), stored.status == record.status {
            record.lastTransitionTime = stored.lastTransitionTime
        }
        try record.save(db)
    }

    /// Every deployment's conditions, in `Condition.Kind` order.
    package func conditions() async throws -> [String: [Condition]] {
        try await database.read { db in
            let order = Condition.Kind.allCases.map(\.rawValue)
            var result: [String: [Condition]] = [:]
            for record in try ConditionRecord.fetchAll(db) {
                result[record.deployment, default: []].append(record.condition)
            }
            return result.mapValues { list in
                list.sorted { order.firstIndex(of: $0.kind.rawValue)! < order.firstIndex(of: $1.kind.rawValue)! }
            }
        }
    }

    /// Forgets a deployment's conditions (it left the repository and was pruned).
    package func removeConditions(of deployment: String) async throws {
        try await database.write { db in
            _ = try ConditionRecord.filter(Column("deployment") == deployment).deleteAll(db)
        }
    }
}
