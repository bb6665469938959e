package import Manifest

/// What a `sarif` reviewer runs and how it reads the result (DESIGN §8): a command with placeholders, the files it
/// is given, a time limit, the exit codes that mean "ran fine" and how SARIF levels and rules map to severities.
///
/// Placeholders in ``command``: `{files}` (one argument per changed file the globs pick, relative to `{dir}`),
/// `{output}` (where the SARIF is expected), `{outdir}` (a directory for tools that name their own output file),
/// `{dir}` (the temporary checkout, also the working directory). Without `{output}`/`{outdir}` the SARIF is read from
/// standard output.
package struct SarifScanner: Sendable, Hashable {
    /// The scanner's name in messages (`bandit`, `semgrep`, or the reviewer's name for a custom command).
    package var tool: String
    /// The argv; the first element is an absolute path or a name looked up in ``SarifPreset/searchPath``.
    package var command: [String]
    /// Globs over repository paths; a glob without `/` matches the file name. Only matching files are scanned.
    package var files: [String]
    package var timeout: Duration
    /// Exit codes that mean the scan ran (bandit and semgrep exit 1 when they found something).
    package var exitCodes: Set<Int32>
    /// SARIF `level` (`error`, `warning`, `note`, `none`) → severity.
    package var levels: [String: FindingSeverity]
    /// Severity by the scanner's rule id, before anything else.
    package var rules: [String: FindingSeverity]
    /// Files written beside the checkout (`<tmp>/berth/<name>`) before the run, e.g. berth's semgrep rules.
    package var support: [String: String]
    /// The risk class of each of the scanner's rule ids; the key `*` classes every rule the map does not name (all
    /// of a secret scanner's). A finding of a class is lowered where the static reviewer judges that class lower on
    /// the same lines (``SarifReviewer/followingStatic(_:in:classOf:)``).
    package var classes: [String: RiskClass]
    /// Changes with the scanner's own rules, for the verdict cache.
    package var version: String
    /// The size of change one process takes before the files are split over more processes (one per core): large
    /// for a scanner with a slow start-up, small for one whose time goes into each file.
    package var bytesPerProcess: Int

    package init(
        tool: String, command: [String], files: [String], timeout: Duration = .seconds(120),
        exitCodes: Set<Int32> = [0], levels: [String: FindingSeverity] = SarifScanner.defaultLevels,
        rules: [String: FindingSeverity] = [:], support: [String: String] = [:], classes: [String: RiskClass] = [:],
        version: String = "", bytesPerProcess: Int = SarifScanner.defaultBytesPerProcess
    ) {
        self.tool = tool
        self.command = command
        self.files = files
        self.timeout = timeout
        self.exitCodes = exitCodes
        self.levels = levels
        self.rules = rules
        self.support = support
        self.classes = classes
        self.version = version
        self.bytesPerProcess = bytesPerProcess
    }

    /// 512 KiB: a scanner's start-up (about 5 s for checkov) is worth paying again only for that much more change.
    package static let defaultBytesPerProcess = 512 << 10

    /// `error` → high, `warning` → medium, `note` → low, `none` → info.
    package static let defaultLevels: [String: FindingSeverity] = [
        "error": .high, "warning": .medium, "note": .low, "none": .info,
    ]

    /// A result's severity: the rule override, else `security-severity` (≥ 9 critical, ≥ 7 high, ≥ 4 medium,
    /// > 0 low), else bandit's `issue_severity`, else the level (the result's, the rule's default, or `warning`).
    func severity(
        rule: String, level: String?, securitySeverity: Double?, issueSeverity: String?
    ) -> FindingSeverity {
        if let severity = rules[rule] { return severity }
        if let score = securitySeverity {
            switch score {
            case 9...: return .critical
            case 7..<9: return .high
            case 4..<7: return .medium
            case let score where score > 0: return .low
            default: return .info
            }
        }
        switch issueSeverity?.uppercased() {
        case "HIGH": return .high
        case "MEDIUM": return .medium
        case "LOW": return .low
        default: break
        }
        return levels[level ?? "warning"] ?? .medium
    }

    /// The risk class of the scanner's rule `rule` (its own id, without the reviewer's prefix); nil when unknown.
    func riskClass(of rule: String) -> RiskClass? {
        classes[rule] ?? classes["*"]
    }

    /// Whether `path` (relative, `/`-separated) is one of the files this scanner takes.
    func takes(_ path: String) -> Bool {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return files.contains { glob in
            glob.contains("/") ? Glob.matches(glob, path) : Glob.matches(glob, name)
        }
    }
}

/// `*` (anything but `/` in a name glob, anything in a path glob), `**/` (any folders), `?`, `{a,b}` alternatives.
enum Glob {
    static func matches(_ pattern: String, _ text: String) -> Bool {
        if let open = pattern.firstIndex(of: "{"), let close = pattern[open...].firstIndex(of: "}") {
            let head = pattern[..<open]
            let tail = pattern[pattern.index(after: close)...]
            return pattern[pattern.index(after: open)..<close].split(separator: ",", omittingEmptySubsequences: false)
                .contains { matches(String(head) + $0 + tail, text) }
        }
        return match(Array(pattern.utf8)[...], Array(text.utf8)[...])
    }

    private static func match(_ pattern: ArraySlice<UInt8>, _ text: ArraySlice<UInt8>) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        let star = UInt8(ascii: "*")
        if first == star {
            var rest = pattern.dropFirst()
            let deep = rest.first == star
            if deep {
                rest = rest.dropFirst()
                if rest.first == UInt8(ascii: "/") && match(rest.dropFirst(), text) { return true }
            }
            var index = text.startIndex
            while true {
                if match(rest, text[index...]) { return true }
                guard index < text.endIndex, deep || text[index] != UInt8(ascii: "/") else { return false }
                index += 1
            }
        }
        guard let character = text.first else { return false }
        guard first == UInt8(ascii: "?") ? character != UInt8(ascii: "/") : first == character else { return false }
        return match(pattern.dropFirst(), text.dropFirst())
    }
}
