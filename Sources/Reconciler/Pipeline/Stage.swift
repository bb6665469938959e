/// The stages of one rollout, in order (DESIGN §5).
package enum Stage: String, Sendable, Hashable, Codable, CaseIterable {
    case resolve, review, build, start, health, swap, watch, report

    /// `HealthFailed`: the `Ready` reason of a failure in this stage that has no more telling one.
    var failedReason: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() + "Failed" }
}

/// Why a stage stopped the rollout: what history, conditions and the commit status say.
struct StageFailure: Error, Hashable, CustomStringConvertible {
    let stage: Stage
    /// A CamelCase reason for the `Ready` condition (`BuildFailed`, `HealthCheckFailed`).
    let reason: String
    let message: String
    /// `blocked` when the review gate refused the change, `interrupted` when berth stopped it; `failed` otherwise.
    let result: Rollout.Result

    init(_ stage: Stage, reason: String, _ message: String, result: Rollout.Result = .failed) {
        self.stage = stage
        self.reason = reason
        self.message = message
        self.result = result
    }

    var description: String { "\(stage.rawValue): \(message)" }
}
