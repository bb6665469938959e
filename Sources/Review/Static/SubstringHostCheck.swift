import Manifest

/// `code.open-redirect` for a redirect target or an origin trusted because its text merely contains a host name
/// (`n.contains(PartnerPortalHost)`, `returnUrl.includes(".example.com")`, `strings.Contains(next, cfg.Domain)`,
/// `"example.com" in next_url`), near a redirect or a CORS decision: `https://attacker.test/?partner.example.com`
/// and `https://example.com.attacker.test` contain it too. A host compared whole (`URI(n).getHost == host`), one
/// looked up in a list of allowed hosts (`allowedHosts.contains(host)`), or a suffix with its dot
/// (`host.endsWith(".example.com")`) is a check, not a finding; a suffix without it (`host.end_with?("example.com")`)
/// is a finding, since `evilexample.com` ends with it.
struct SubstringHostCheck: FileCheck {
    let kinds: Set<ReviewedFile.Kind> = ReviewedFile.code

    func findings(in file: ChangedFile) -> [ReviewFinding] {
        let lines = file.visible
        return lines.indices.compactMap { index in
            let line = lines[index]
            guard line.isAdded, Self.containmentWords.contains(where: line.text.hasBytes),
                Self.hostWords.contains(where: line.text.hasBytesIgnoringCase),
                let subject = Self.containment(in: line.text), !Self.namesAList(subject),
                lines[max(0, index - 15)..<min(lines.count, index + 15)].contains(where: {
                    Self.redirectOrOrigin.matches($0.text)
                })
            else { return nil }
            return file.finding(
                "code.open-redirect", .high, on: line,
                message: "a URL is trusted because it contains a host name, which any address can; parse it and "
                    + "compare its host whole against the allowed ones", content: line.text)
        }
    }

    /// The text tested for holding a host name, if `text` tests one so.
    private static func containment(in text: Substring) -> Substring? {
        for pattern in [methodContainment, functionContainment, pythonContainment, undottedSuffix] {
            if let groups = pattern.firstMatch(in: text), let subject = groups.dropFirst().lazy.compactMap({ $0 }).first
            {
                return subject
            }
        }
        return nil
    }

    /// A list, set or table of hosts (`allowedHosts`, `ALLOWED_DOMAINS`, `whitelist`): membership there is a check.
    private static func namesAList(_ subject: Substring) -> Bool {
        let last = subject.split(separator: ".").last.map(String.init) ?? String(subject)
        let lower = last.lowercased()
        return lower.hasSuffix("s") || ["list", "set", "array", "map", "table"].contains(where: lower.hasSuffix)
    }

    /// Words one of which a host name holds: a name for one, or a literal's top-level domain.
    private static let hostWords = ["host", "domain", ".com", ".net", ".org", ".io", ".dev", ".app", ".co"]
    private static let containmentWords = [
        "ontains", "includes", "include?", "str_contains", "strpos", " in ", "nds_with", "ndsWith", "end_with?",
        "Suffix",
    ]
    /// A host name: a literal with a domain (`"partner.example.com"`, `".example.com"`) or a name for one
    /// (`PartnerPortalHost`, `cfg.Domain`, `$allowedDomain`, `settings.SITE_HOST`).
    private static let hostName =
        #"(?:["'][\w.-]*\.[A-Za-z]{2,}/?["']|\$?[\w.]*(?:Host|Domain|HOST|DOMAIN|_host|_domain)\b(?!\s*\())"#
    /// `subject.contains(host)`, Kotlin's and Swift's `subject?.contains(host)`, Ruby's `subject.include?(host)`.
    private static let methodContainment = LinePattern(
        #"\$?([A-Za-z_][\w.]*?)\??\.(?:contains|includes|Contains|include\?)\s*\(\s*"# + hostName + #"\s*[,)]"#)
    /// Go's `strings.Contains(subject, host)`, PHP's `str_contains($subject, $host)` and `strpos($subject, $host)`.
    private static let functionContainment = LinePattern(
        #"\b(?:strings\.Contains|str_contains|strpos|stripos)\s*\(\s*\$?([A-Za-z_][\w.]*)\s*,\s*"# + hostName
            + #"\s*[,)]"#)
    /// A host name tested as a suffix without its dot (`uri.host.end_with?("example.com")`, `strings.HasSuffix(host,
    /// "example.com")`): `evilexample.com` ends with it too.
    private static let undottedSuffix = LinePattern(
        #"\$?([A-Za-z_][\w.]*?)\??\.(?:end_with\?|endsWith|EndsWith|endswith|ends_with|hasSuffix)\s*\(\s*"#
            + #"["'](?!\.)[\w-]+\.[A-Za-z]{2,}["']\s*\)|\bstrings\.HasSuffix\s*\(\s*([A-Za-z_][\w.]*)\s*,\s*"#
            + #"["'](?!\.)[\w-]+\.[A-Za-z]{2,}["']\s*\)"#)
    /// Python's `host in subject`.
    private static let pythonContainment = LinePattern(hostName + #"\s+in\s+([A-Za-z_][\w.]*)\b(?!\s*\()"#)
    /// A redirect or an origin decision: `Redirect(…)`, `redirect_to`, `Location`, `sendRedirect`, `returnUrl`,
    /// an `Access-Control-Allow-Origin` header.
    private static let redirectOrOrigin = LinePattern(
        #"(?i)redirect|\blocation\b|allow-origin|allowedorigin|return_?url|return_?to|callback_?url"#)
}
