package import Foundation

/// A deployment's status, Flux style: one condition per type, each with why and since when (DESIGN §6).
package struct Condition: Sendable, Hashable, Codable {
    /// The kinds of condition berth keeps per deployment.
    package enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The active generation runs the desired spec and is healthy.
        case ready = "Ready"
        /// A rollout is under way.
        case reconciling = "Reconciling"
        /// A person must fix something (an invalid manifest, a blocked review); retrying will not help.
        case stalled = "Stalled"
        /// What runs differs from what was deployed (stopped, unhealthy, changed by hand).
        case drifted = "Drifted"
    }

    /// `Reconciling=False` while a deployment's job waits for a rollout slot of its team (`quotas.<team>.rollouts`).
    package static let quotaWait = "QuotaWait"
    /// `Stalled=True` while a deployment's team's cpu or memory quota cannot hold it (`quotas.<team>`).
    package static let quotaExceeded = "QuotaExceeded"

    /// Whether this says its deployment waits for a rollout slot of its team.
    package var isQuotaWait: Bool { kind == .reconciling && reason == Self.quotaWait }

    /// Whether the condition holds.
    package enum Status: String, Sendable, Hashable, Codable {
        case `true` = "True"
        case `false` = "False"
        case unknown = "Unknown"
    }

    package var kind: Kind
    package var status: Status
    /// A CamelCase word a script can match on (`RolloutSucceeded`, `HealthCheckFailed`).
    package var reason: String
    /// A sentence for a person.
    package var message: String
    /// The config commit this was computed from.
    package var observedConfigCommit: String
    /// When ``status`` last changed (not when the condition was last written).
    package var lastTransitionTime: Date

    package init(
        _ kind: Kind, _ status: Status, reason: String, message: String, observedConfigCommit: String,
        lastTransitionTime: Date = Date()
    ) {
        self.kind = kind
        self.status = status
        self.reason = reason
        self.message = message
        self.observedConfigCommit = observedConfigCommit
        self.lastTransitionTime = lastTransitionTime
    }
}
