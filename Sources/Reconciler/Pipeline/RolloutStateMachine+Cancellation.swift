extension RolloutStateMachine {
    /// Why the rollout's task was cancelled: berth is stopping (SIGTERM), or someone asked to cancel it.
    enum Cancellation: Sendable, Hashable {
        /// berth is stopping: the rollout ends `interrupted`.
        case stopping
        /// `berth cancel`, the API or the dashboard, by `actor` (`api`, `dashboard:<name>`): it ends `cancelled`.
        case asked(by: String)

        /// What the rollout's history says happened.
        var message: String {
            switch self {
            case .stopping: "berth was stopping"
            case .asked(let actor): "cancelled by \(actor)"
            }
        }

        /// The `Ready` condition's reason.
        var reason: String {
            switch self {
            case .stopping: "Interrupted"
            case .asked: "Cancelled"
            }
        }

        var result: Rollout.Result {
            switch self {
            case .stopping: .interrupted
            case .asked: .cancelled
            }
        }
    }
}
