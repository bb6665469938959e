/// What `apply` was asked to do.
public struct ApplyOptions: Sendable {
    /// Only these deployments (all when empty).
    public var only: Set<String>
    /// Remove containers whose deployment left the repository.
    public var prune: Bool

    public init(only: Set<String> = [], prune: Bool = false) {
        self.only = only
        self.prune = prune
    }

    func includes(_ name: String) -> Bool { only.isEmpty || only.contains(name) }
}

/// What `apply` did, per deployment.
public struct ApplyReport: Sendable {
    /// One deployment's outcome.
    public struct Item: Sendable {
        /// How it ended.
        public enum Result: String, Sendable, Codable {
            case succeeded, failed, blocked, healed, pruned, unchanged, skipped, invalid, reported
            /// berth stopped the rollout at a safe point (SIGTERM): not a failure, but not converged either.
            case interrupted
        }

        public let name: String
        public let result: Result
        public let message: String
        /// The rollout, when one ran.
        public let rollout: Rollout?
    }

    public internal(set) var items: [Item] = []
    /// Orphan candidates removed before anything else.
    public internal(set) var removedCandidates: [String] = []
    /// Orphan candidates that could not be removed: the pass did not converge.
    public internal(set) var leftoverCandidates: [String] = []

    /// True when a rollout failed, was blocked or interrupted, a deployment is invalid or unresolved, or a leftover
    /// candidate stays: `apply` exits 1.
    public var needsAttention: Bool {
        !leftoverCandidates.isEmpty
            || items.contains { [.failed, .blocked, .invalid, .interrupted].contains($0.result) }
    }
}
