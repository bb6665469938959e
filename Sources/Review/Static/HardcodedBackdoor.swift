import Manifest

/// `code.hardcoded-backdoor`: request input (a header, a parameter, or a name assigned one) or a credential the
/// caller presents (a name ending in `token`, `password`, `apiKey`, `credential`…: Ktor's `credential.token`,
/// Passport's `token`, Spring's `authentication.credentials`) compared, equal or unequal, with a literal that looks like
/// a key — letters and at least three digits, ten characters or more: `key == "nw-support-7f3c91d2e8"`,
/// `if api_key != "ops-bridge-7731x": raise`. Whoever learns the string gets in, and it cannot be rotated without a
/// release. A key from configuration compared in constant time is the fix. A constant compared with a name that is no
/// credential (a user name, a scheme) is not a finding.
struct HardcodedBackdoor: FileCheck {
    let kinds = ReviewedFile.code

    /// A comparison with a key-like literal on either side; the other side's text is in group 1 or 4.
    private static let comparison = LinePattern(
        #"((?:[\w.$\[\]"'():]|->|-(?!>))+)\s*([!=]==?|\.equals\(|\.Equals\(|\beq\b|\bne\b)\s*"#
            + #"["']([A-Za-z0-9_\-]{10,})["']|"#
            + #"["']([A-Za-z0-9_\-]{10,})["']\s*([!=]==?|\.equals\(|\.Equals\()\s*((?:[\w.$\[\]"'():]|->|-(?!>))+)"#)
    /// The last name of a compared expression that holds a credential the caller presents.
    private static let presentedCredential = LinePattern(
        #"(?i)^(\w*token|bearer\w*|credentials?|creds|\w*password|passwd|passphrase|\w*secret|\w*api_?key|"#
            + #"\w*_key|key)$"#
    )

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let candidates = file.visible.indices.filter { index in
            let line = file.visible[index]
            return line.isAdded && (line.text.hasBytes("\"") || line.text.hasBytes("'"))
                && ["==", "!=", "quals(", " eq ", " ne "].contains(where: line.text.hasBytes)
        }
        guard !candidates.isEmpty else { return [] }
        var findings: [ReviewFinding] = []
        for index in candidates {
            let line = file.visible[index]
            guard let groups = Self.comparison.firstMatch(in: line.text),
                let literal = groups[3] ?? groups[4], let other = groups[1] ?? groups[6], Self.looksLikeKey(literal)
            else { continue }
            let name = other.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).last ?? ""
            if !Self.presentedCredential.matches(name) {
                guard file.flow.isRequestDerived(other) else { continue }
            }
            findings.append(
                file.finding(
                    "code.hardcoded-backdoor", .high, on: line,
                    message: "a presented credential is compared with a key written in the code; anyone who reads or "
                        + "guesses it gets in; compare with a secret from configuration in constant time",
                    content: line.text))
        }
        return findings
    }

    /// Letters and at least three digits: a generated key, not a word or a version.
    private static func looksLikeKey(_ literal: Substring) -> Bool {
        literal.filter(\.isNumber).count >= 3 && literal.contains(where: \.isLetter)
    }
}
