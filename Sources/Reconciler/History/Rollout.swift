package import Foundation

/// One rollout attempt of one deployment, as history keeps it.
package struct Rollout: Sendable, Hashable, Codable {
    /// How a rollout ended, or that it has not yet.
    package enum Result: String, Sendable, Hashable, Codable {
        case running
        case succeeded
        case failed
        /// The review gate refused the change; nothing that runs was touched.
        case blocked
        /// The process died mid-rollout; a later pass converged what it left.
        case interrupted
        /// Someone asked to cancel it (`berth cancel`, the API, the dashboard; `error` says who): it stopped at its
        /// next safe point and the generation that served before serves on.
        case cancelled
        /// The new generation failed the watch after cutover: traffic went back to the generation before it, which
        /// serves again, and the deployment is pinned to it.
        case rolledBack = "rolled-back"
    }

    package var id: Int64?
    package var deployment: String
    package var generation: Int
    package var configCommit: String
    package var appCommit: String
    package var image: String
    package var specHash: String
    package var strategy: String
    package var result: Result
    package var failingStage: String?
    package var error: String?
    package var startedAt: Date
    package var finishedAt: Date?
    /// The generation this rollout restored (`berth rollback`); nil for a rollout of what the config asked for.
    package var rollbackOf: Int?

    package init(
        deployment: String, generation: Int, configCommit: String, appCommit: String, image: String,
        specHash: String, strategy: String, startedAt: Date = Date(), rollbackOf: Int? = nil
    ) {
        self.deployment = deployment
        self.generation = generation
        self.configCommit = configCommit
        self.appCommit = appCommit
        self.image = image
        self.specHash = specHash
        self.strategy = strategy
        self.result = .running
        self.startedAt = startedAt
        self.rollbackOf = rollbackOf
    }

    /// Milliseconds from start to finish, once finished.
    package var durationMilliseconds: Int? {
        finishedAt.map { Int(($0.timeIntervalSince(startedAt) * 1000).rounded()) }
    }
}

/// A stage a rollout entered or left, with its outcome.
package struct StageTransition: Sendable, Hashable, Codable {
    package var rolloutID: Int64
    package var stage: String
    /// `started`, `succeeded`, `failed` or `skipped`.
    package var state: String
    package var message: String
    package var at: Date

    package init(rolloutID: Int64, stage: String, state: String, message: String, at: Date = Date()) {
        self.rolloutID = rolloutID
        self.stage = stage
        self.state = state
        self.message = message
        self.at = at
    }
}

/// A line of output a rollout produced (build output, probe results), tagged with its stage.
package struct RolloutLogLine: Sendable, Hashable, Codable {
    package var rolloutID: Int64
    package var stage: String
    package var text: String
    package var at: Date

    package init(rolloutID: Int64, stage: String, text: String, at: Date = Date()) {
        self.rolloutID = rolloutID
        self.stage = stage
        self.text = text
        self.at = at
    }
}
