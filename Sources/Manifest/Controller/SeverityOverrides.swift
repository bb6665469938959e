/// `review.severity` in the controller config: a rule id or rule prefix mapped to the severity its findings take
/// (`{secret: critical, docker.root-user: high, code.cors-wildcard: low}`). The review gate applies it before the
/// policy, so an operator can make a rule block, or stop one from blocking, without touching the rules.
///
/// A key names one rule (`docker.root-user`) or every rule under a prefix (`secret`, `secret.` and `secret.*` are the
/// same); the longest key that matches wins.
package struct SeverityOverrides: Sendable, Hashable {
    /// Normalised keys (no trailing `.` or `.*`) and their severities.
    package private(set) var severities: [String: FindingSeverity]

    /// - Parameter severities: keys as the config writes them; see ``normalized(_:)``.
    package init(_ severities: [String: FindingSeverity] = [:]) {
        self.severities = Dictionary(severities.map { (Self.normalized($0.key), $0.value) }) { _, last in last }
    }

    /// No overrides.
    package static let none = SeverityOverrides()

    package var isEmpty: Bool { severities.isEmpty }

    /// The severity a finding of `rule` takes: the override of the longest matching key, else `severity`.
    package func severity(of rule: String, default severity: FindingSeverity) -> FindingSeverity {
        var best: (length: Int, severity: FindingSeverity)?
        for (key, value) in severities where Self.key(key, matches: rule) && key.count > (best?.length ?? -1) {
            best = (key.count, value)
        }
        return best?.severity ?? severity
    }

    /// `secret.*` and `secret.` → `secret`; anything else unchanged.
    package static func normalized(_ key: String) -> String {
        if key.hasSuffix(".*") { return String(key.dropLast(2)) }
        if key.hasSuffix(".") { return String(key.dropLast()) }
        return key
    }

    /// Whether `key` (normalised) is a valid rule id or prefix: letters, digits, `.`, `-` and `_`, not starting or
    /// ending with a dot.
    package static func isValidKey(_ key: String) -> Bool {
        let key = normalized(key)
        return !key.isEmpty && !key.hasPrefix(".") && !key.hasSuffix(".")
            && key.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"):
                    true
                default: false
                }
            }
    }

    /// True when `key` is `rule` itself or a dotted prefix of it (`secret` matches `secret.aws-access-key`).
    private static func key(_ key: String, matches rule: String) -> Bool {
        rule == key || (rule.hasPrefix(key) && rule.dropFirst(key.count).first == ".")
    }
}
