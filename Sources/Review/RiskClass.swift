/// The kind of risk a finding is about, whichever reviewer found it: what lets one reviewer's finding be set beside
/// another's on the same lines (a scanner's `B301` and static's `code.unsafe-deserialization` are both
/// ``deserialisation``).
package enum RiskClass: String, Sendable, Hashable {
    /// A credential in the change.
    case secret
    /// SQL built from strings and run.
    case sql
    /// A command run through a shell.
    case shell
    /// Code evaluated from a value.
    case eval
    /// Objects built from data by a loader that can run code.
    case deserialisation
    /// TLS certificate or host verification switched off.
    case tls
    /// A file path taken from input.
    case path
    /// A password hashed by a fast digest.
    case passwordHash = "password-hash"
    /// Secrets or the whole environment sent off a CI runner.
    case ciExfiltration = "ci-exfiltration"

    /// The class of a static reviewer's rule (`code.tls-verify-disabled` → ``tls``); nil for a rule of no class
    /// here.
    package init?(staticRule rule: String) {
        if rule.hasPrefix("secret.") || rule == "docker.secret-in-env" {
            self = .secret
            return
        }
        guard let known = Self.staticRules[rule] else { return nil }
        self = known
    }

    private static let staticRules: [String: RiskClass] = [
        "code.sql-string-built": .sql,
        "code.command-injection": .shell, "code.subprocess-shell": .shell,
        "code.eval": .eval,
        "code.unsafe-deserialization": .deserialisation, "code.yaml-unsafe-load": .deserialisation,
        "code.tls-verify-disabled": .tls,
        "code.path-traversal": .path,
        "code.weak-password-hash": .passwordHash,
        "ci.secrets-exfiltration": .ciExfiltration,
    ]
}
