import Drivers
import Foundation
import Manifest

extension DeploymentEvent {
    /// The event a finished rollout tells: `success`, `failure` (failed, blocked at review, interrupted), or
    /// `rollback` (the watch after cutover sent traffic back, or someone rolled back); nil while it runs and when a
    /// person cancelled it.
    /// - Parameters:
    ///   - fallback: the reason when the rollout recorded no error.
    ///   - apiBaseURL: where the run's page is linked from.
    init?(_ rollout: Rollout, fallback: String, apiBaseURL: String) {
        let event: NotifyTarget.Event
        switch rollout.result {
        case .running, .cancelled: return nil
        case .succeeded: event = rollout.rollbackOf == nil ? .success : .rollback
        case .failed, .blocked, .interrupted: event = .failure
        case .rolledBack: event = .rollback
        }
        self.init(
            event: event, deployment: rollout.deployment, generation: rollout.generation,
            result: rollout.result.rawValue, reason: rollout.outcome(fallback: fallback),
            configCommit: rollout.configCommit, appCommit: rollout.appCommit,
            runURL: rollout.id.map { "\(apiBaseURL)/runs/\($0)" }, time: rollout.finishedAt ?? Date())
    }
}
