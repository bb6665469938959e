/// What `apply` was asked to do.
package struct ApplyOptions: Sendable {
    /// Only these deployments (all when empty).
    package var only: Set<String>
    /// Remove containers whose deployment left the repository.
    package var prune: Bool

    package init(only: Set<String> = [], prune: Bool = false) {
        self.only = only
        self.prune = prune
    }

    func includes(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
}

/// What `apply` did, per deployment.
package struct ApplyReport: Sendable {
    /// One deployment's outcome.
    package struct Item: Sendable {
        /// How it ended.
        package enum Result: String, Sendable, Codable {
            case succeeded, failed, blocked, healed, pruned, unchanged, skipped, invalid, reported
            /// berth stopped the rollout at a safe point (SIGTERM): not a failure, but not converged either.
            case interrupted
            /// Someone cancelled the rollout (`berth cancel`): the generation before serves on.
            case cancelled
            /// The new generation failed its watch after cutover: the one before serves again, pinned.
            case rolledBack = "rolled-back"
        }

        package let name: String
        package let result: Result
        package let message: String
        /// The rollout, when one ran.
        package let rollout: Rollout?
    }

    package internal(set) var items: [Item] = []
    /// Orphan candidates removed before anything else.
    package internal(set) var removedCandidates: [String] = []
    /// Orphan candidates that could not be removed: the pass did not converge.
    package internal(set) var leftoverCandidates: [String] = []
    /// Routes removed from the router because their deployment left the repository and nothing of it runs.
    package internal(set) var removedRoutes: [String] = []

    /// True when a rollout failed, was blocked or interrupted, a deployment is invalid or unresolved, or a leftover
    /// candidate stays: `apply` exits 1.
    package var needsAttention: Bool {
        !leftoverCandidates.isEmpty
            || items.contains {
                [.failed, .blocked, .invalid, .interrupted, .cancelled, .rolledBack].contains($0.result)
            }
    }
}
