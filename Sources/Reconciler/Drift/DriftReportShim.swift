// temporary: the drift-core branch defines these. Delete this file when merging drift-core.
package import Foundation

/// One difference between git and the host (temporary copy; drift-core defines it).
package struct DriftFinding: Sendable, Hashable, Codable {
    package var deployment: String?  // nil for host findings
    package var container: String?
    /// Manifest path where one maps onto the schema ("spec.resources.memory", "spec.resources.cpus", "spec.restartPolicy",
    /// "spec.env.LOG_LEVEL", "spec.secretEnv.X", ...); otherwise an engine term ("image", "labels.k", "files:/p", "host.container", ...).
    package var field: String
    package var desired: String?  // nil = absent; secrets "(sealed)"
    package var live: String?  // nil = absent; secrets "(changed)"
    package var firstSeen: Date
    package var adoptable: Bool  // a manifest edit can adopt the live value (resources, restartPolicy, plain env)
    package var healed: String?

    package init(
        deployment: String?, container: String?, field: String, desired: String?, live: String?, firstSeen: Date,
        adoptable: Bool, healed: String? = nil
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
}

/// One scan's findings on one host (temporary copy; drift-core defines it).
package struct DriftReport: Sendable, Hashable, Codable {
    package var host: String
    package var scannedAt: Date
    package var configCommit: String?
    package var findings: [DriftFinding]
    package var isClean: Bool { findings.isEmpty }

    package init(host: String, scannedAt: Date, configCommit: String?, findings: [DriftFinding]) {
        self.host = host
        self.scannedAt = scannedAt
        self.configCommit = configCommit
        self.findings = findings
    }

    /// A simple table (temporary; the real one comes from drift-core).
    package func markdown() -> String {
        var lines = ["# Drift on \(host)", ""]
        if findings.isEmpty { return (lines + ["No drift.", ""]).joined(separator: "\n") }
        lines += ["| deployment | field | desired | live |", "|---|---|---|---|"]
        for finding in findings {
            lines.append(
                "| \(finding.deployment ?? "(host)") | \(finding.field) | \(finding.desired ?? "(absent)") "
                    + "| \(finding.live ?? "(absent)") |")
        }
        return (lines + [""]).joined(separator: "\n")
    }
}
