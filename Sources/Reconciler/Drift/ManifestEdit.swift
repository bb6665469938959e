/// One change to a deployment's manifest that adopts a live value: set `spec.resources.memory` to `128Mi`, add
/// `spec.env.LOG_LEVEL`, remove `spec.resources.cpus`.
package struct ManifestEdit: Sendable, Hashable, CustomStringConvertible {
    /// What happens at ``path``.
    package enum Change: Sendable, Hashable {
        /// The scalar at the path becomes this text (keys that are missing are added).
        case set(String)
        /// The key at the path goes (nothing happens when it is absent).
        case remove
    }

    /// The fields a drift pull request adopts: live fields (DESIGN §14) and plain environment variables.
    package static let adoptableFields: Set<String> = [
        "spec.resources.memory", "spec.resources.cpus", "spec.restartPolicy",
    ]

    /// The `metadata.name` of the document edited.
    package let deployment: String
    /// Keys from the document's root: `["spec", "resources", "memory"]`, `["spec", "env", "LOG.LEVEL"]`.
    package let path: [String]
    package let change: Change

    package init(deployment: String, path: [String], change: Change) {
        self.deployment = deployment
        self.path = path
        self.change = change
    }

    /// The edit that adopts `finding`'s live value; nil when the finding is not adoptable (no deployment, a field
    /// outside the schema, a secret).
    package init?(adopting finding: DriftFinding) {
        guard finding.adoptable, let deployment = finding.deployment else { return nil }
        if Self.adoptableFields.contains(finding.field) {
            path = finding.field.split(separator: ".").map(String.init)
        } else if finding.field.hasPrefix("spec.env."), finding.field.count > "spec.env.".count {
            // An environment variable's name may hold dots: it is everything after `spec.env.`.
            path = ["spec", "env", String(finding.field.dropFirst("spec.env.".count))]
        } else {
            return nil
        }
        self.deployment = deployment
        change = finding.live.map(Change.set) ?? .remove
    }

    /// `web: spec.resources.memory = 128Mi`, `web: remove spec.env.DEBUG`.
    package var description: String {
        switch change {
        case .set(let value): "\(deployment): \(path.joined(separator: ".")) = \(value)"
        case .remove: "\(deployment): remove \(path.joined(separator: "."))"
        }
    }
}
