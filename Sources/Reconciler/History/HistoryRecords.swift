import Foundation
import GRDB

/// The `rollout` table's row.
struct RolloutRecord: Codable, FetchableRecord, MutablePersistableRecord, HistoryRecord {
    static let databaseTableName = "rollout"

    var id: Int64?
    var deployment: String
    var generation: Int
    var configCommit: String
    var appCommit: String
    var image: String
    var specHash: String
    var strategy: String
    var result: String
    var failingStage: String?
    var error: String?
    var startedAt: Date
    var finishedAt: Date?
    var rollbackOf: Int?

    init(_ rollout: Rollout) {
        id = rollout.id
        deployment = rollout.deployment
        generation = rollout.generation
        configCommit = rollout.configCommit
        appCommit = rollout.appCommit
        image = rollout.image
        specHash = rollout.specHash
        strategy = rollout.strategy
        result = rollout.result.rawValue
        failingStage = rollout.failingStage
        error = rollout.error
        startedAt = rollout.startedAt
        finishedAt = rollout.finishedAt
        rollbackOf = rollout.rollbackOf
    }

    var rollout: Rollout {
        var rollout = Rollout(
            deployment: deployment, generation: generation, configCommit: configCommit, appCommit: appCommit,
            image: image, specHash: specHash, strategy: strategy, startedAt: startedAt, rollbackOf: rollbackOf
        )
        rollout.id = id
        rollout.result = Rollout.Result(rawValue: result) ?? .interrupted
        rollout.failingStage = failingStage
        rollout.error = error
        rollout.finishedAt = finishedAt
        return rollout
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}

/// The `stageTransition` table's row.
struct StageTransitionRecord: Codable, FetchableRecord, PersistableRecord, HistoryRecord {
    static let databaseTableName = "stageTransition"

    var rolloutId: Int64
    var stage: String
    var state: String
    var message: String
    var at: Date

    init(_ transition: StageTransition) {
        rolloutId = transition.rolloutID
        stage = transition.stage
        state = transition.state
        message = transition.message
        at = transition.at
    }

    var transition: StageTransition {
        StageTransition(rolloutID: rolloutId, stage: stage, state: state, message: message, at: at)
    }
}

/// The `logLine` table's row.
struct LogLineRecord: Codable, FetchableRecord, PersistableRecord, HistoryRecord {
    static let databaseTableName = "logLine"

    var rolloutId: Int64
    var stage: String
    var text: String
    var at: Date

    init(_ line: RolloutLogLine) {
        rolloutId = line.rolloutID
        stage = line.stage
        text = line.text
        at = line.at
    }

    var line: RolloutLogLine { RolloutLogLine(rolloutID: rolloutId, stage: stage, text: text, at: at) }
}

/// The `condition` table's row.
struct ConditionRecord: Codable, FetchableRecord, PersistableRecord, HistoryRecord {
    static let databaseTableName = "condition"

    var deployment: String
    var kind: String
    var status: String
    var reason: String
    var message: String
    var observedConfigCommit: String
    var lastTransitionTime: Date

    init(deployment: String, _ condition: Condition) {
        self.deployment = deployment
        kind = condition.kind.rawValue
        status = condition.status.rawValue
        reason = condition.reason
        message = condition.message
        observedConfigCommit = condition.observedConfigCommit
        lastTransitionTime = condition.lastTransitionTime
    }

    var condition: Condition {
        Condition(
            Condition.Kind(rawValue: kind) ?? .ready, Condition.Status(rawValue: status) ?? .unknown, reason: reason,
            message: message, observedConfigCommit: observedConfigCommit, lastTransitionTime: lastTransitionTime
        )
    }
}

/// The `generationRecord` table's row: JSON text for the manifest and the create request.
struct GenerationRecordRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "generationRecord"

    var rolloutId: Int64
    var deployment: String
    var generation: Int
    var manifest: String
    var container: String?

    init(rolloutID: Int64, deployment: String, generation: Int, manifest: CanonicalValue) throws {
        rolloutId = rolloutID
        self.deployment = deployment
        self.generation = generation
        self.manifest = try manifest.jsonText()
    }

    func record() throws -> GenerationRecord {
        GenerationRecord(
            deployment: deployment, generation: generation, rolloutID: rolloutId,
            manifest: try CanonicalValue(jsonText: manifest),
            container: try container.map { try RecordedContainer(jsonText: $0) }
        )
    }
}
