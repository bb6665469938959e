public import Foundation

/// One rollout attempt of one deployment, as history keeps it.
public struct Rollout: Sendable, Hashable, Codable {
    /// How a rollout ended, or that it has not yet.
    public enum Result: String, Sendable, Hashable, Codable {
        case running
        case succeeded
        case failed
        /// The review gate refused the change; nothing that runs was touched.
        case blocked
        /// The process died mid-rollout; a later pass converged what it left.
        case interrupted
    }

    public var id: Int64?
    public var deployment: String
    public var generation: Int
    public var configCommit: String
    public var appCommit: String
    public var image: String
    public var specHash: String
    public var strategy: String
    public var result: Result
    public var failingStage: String?
    public var error: String?
    public var startedAt: Date
    public var finishedAt: Date?

    public init(
        deployment: String, generation: Int, configCommit: String, appCommit: String, image: String,
        specHash: String, strategy: String, startedAt: Date = Date()
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
    }

    /// Milliseconds from start to finish, once finished.
    public var durationMilliseconds: Int? {
        finishedAt.map { Int(($0.timeIntervalSince(startedAt) * 1000).rounded()) }
    }
}

/// A stage a rollout entered or left, with its outcome.
public struct StageTransition: Sendable, Hashable, Codable {
    public var rolloutID: Int64
    public var stage: String
    /// `started`, `succeeded`, `failed` or `skipped`.
    public var state: String
    public var message: String
    public var at: Date

    public init(rolloutID: Int64, stage: String, state: String, message: String, at: Date = Date()) {
        self.rolloutID = rolloutID
        self.stage = stage
        self.state = state
        self.message = message
        self.at = at
    }
}

/// A line of output a rollout produced (build output, probe results), tagged with its stage.
public struct RolloutLogLine: Sendable, Hashable, Codable {
    public var rolloutID: Int64
    public var stage: String
    public var text: String
    public var at: Date

    public init(rolloutID: Int64, stage: String, text: String, at: Date = Date()) {
        self.rolloutID = rolloutID
        self.stage = stage
        self.text = text
        self.at = at
    }
}
