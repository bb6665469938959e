package import Foundation

/// One thing on the host that does not match what berth created or declared.
package struct DriftFinding: Sendable, Hashable, Codable {
    /// nil for host findings (unlabelled containers, orphaned volumes).
    package var deployment: String?
    /// The container (or volume) name.
    package var container: String?
    /// Manifest path where one maps onto the schema ("spec.resources.memory", "spec.resources.cpus", "spec.restartPolicy",
    /// "spec.env.LOG_LEVEL", "spec.secretEnv.DB_PASSWORD", "spec.command", "spec.ports", "spec.volumes", "spec.network",
    /// "spec.privileged", "spec.capAdd", "spec.init"); otherwise an engine term: "image", "entrypoint", "labels.<key>",
    /// "user", "state", "restartCount", "files:<path>", "host.container", "host.volume".
    package var field: String
    /// nil = absent; secrets are never shown: "(sealed)".
    package var desired: String?
    /// nil = absent; secrets: "(changed)".
    package var live: String?
    package var firstSeen: Date
    /// Whether a manifest edit can adopt the live value (resources, restartPolicy, plain env).
    package var adoptable: Bool
    /// What `drift: heal` did about it, when it did ("healed by re-creating generation 7").
    package var healed: String?

    package init(
        deployment: String?, container: String?, field: String, desired: String?, live: String?,
        firstSeen: Date, adoptable: Bool = false, healed: String? = nil
    ) {
        self.deployment = deployment
        self.container = container
        self.field = field
        self.desired = desired
        self.live = live
        self.firstSeen = firstSeen
        self.adoptable = adoptable
        self.healed = healed
    }

    /// What `berth run` keeps its first-seen time under.
    var key: History.DriftKey { History.DriftKey(deployment: deployment, container: container, field: field) }

    /// What ``healed`` says once heal put the field back `how`: `spec.resources.memory 128Mi → 256Mi: <how>`.
    package func healNote(_ how: String) -> String {
        "\(field) \(live ?? "unset") → \(desired ?? "unset"): \(how)"
    }

    /// The sentence a person reads: `spec.resources.memory: 256Mi → 128Mi`.
    package var summary: String {
        "\(field): \(desired ?? "(absent)") → \(live ?? "(absent)")"
    }
}
