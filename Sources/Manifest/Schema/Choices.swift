/// `spec.restartPolicy`: Docker's restart policies.
public enum RestartPolicy: String, Sendable, Hashable, CaseIterable {
    case no
    case always
    case unlessStopped = "unless-stopped"
    case onFailure = "on-failure"
}

/// `spec.strategy`: how a new generation replaces the old one.
public enum Strategy: String, Sendable, Hashable, CaseIterable {
    /// Start and health-check the candidate while the old container still serves.
    case startFirst = "start-first"
    /// Stop the old container first (needed when a host port is fixed); restart it if the candidate fails.
    case stopFirst = "stop-first"
}

/// `spec.pull`: when an `image:` deployment pulls its image.
public enum PullPolicy: String, Sendable, Hashable, CaseIterable {
    case ifNotPresent
    case always
    case never
}

/// `spec.drift`: what the controller does when the running container no longer matches.
public enum DriftMode: String, Sendable, Hashable, CaseIterable {
    case heal
    case report
}

/// A review policy (DESIGN §8), ordered from weakest to strongest.
public enum ReviewPolicy: String, Sendable, Hashable, CaseIterable, Comparable {
    case off
    case warn
    case blockCritical = "block-critical"
    case blockHigh = "block-high"

    /// Strength: `off` < `warn` < `block-critical` < `block-high`.
    var strength: Int {
        switch self {
        case .off: 0
        case .warn: 1
        case .blockCritical: 2
        case .blockHigh: 3
        }
    }

    public static func < (lhs: ReviewPolicy, rhs: ReviewPolicy) -> Bool { lhs.strength < rhs.strength }
}
