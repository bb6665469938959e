/// One static review rule: the files it reads, the words that must appear on a line before it looks closer, and
/// the check that confirms a match. Every rule's rationale is the doc comment where it is declared
/// (``SecretRules``, ``DockerfileRules``, ``CodeRules``).
struct StaticRule: Sendable {
    /// What a confirmed match reports.
    struct Match {
        /// The text that matched, normalised into the fingerprint (never shown: it may be a secret).
        var content: Substring
        /// A lower severity than the rule's, for a match that is probably a test key or test code.
        var severity: FindingSeverity?
    }

    /// The rule id findings carry, e.g. `secret.aws-access-key`.
    let id: String
    let severity: FindingSeverity
    /// The file kinds the rule reads; nil for every text file.
    let kinds: Set<ReviewedFile.Kind>?
    /// Lowercase words, one of which must appear on a line before ``check`` runs on it.
    let triggers: [String]
    /// What is wrong and what to do, without the matched text.
    let message: String
    /// Confirms a match on one added line.
    let check: @Sendable (Substring, ReviewedFile) -> Match?

    /// A rule that matches when any of `patterns` matches and none of `unless` does.
    /// - Parameters:
    ///   - capture: the capture group whose text is the finding's content (0: the whole match).
    ///   - accept: a last look at the captured content (entropy, placeholders); nil accepts everything.
    init(
        id: String, severity: FindingSeverity, kinds: Set<ReviewedFile.Kind>?, triggers: [String], message: String,
        patterns: [String], unless: [String] = [], capture: Int = 0,
        accept: (@Sendable (Substring, ReviewedFile) -> Match?)? = nil
    ) {
        let compiled = patterns.map(LinePattern.init)
        let exclusions = unless.map(LinePattern.init)
        self.init(id: id, severity: severity, kinds: kinds, triggers: triggers, message: message) { line, file in
            guard !exclusions.contains(where: { $0.firstMatch(in: line, capture: 0) != nil }) else { return nil }
            for pattern in compiled {
                guard let content = pattern.firstMatch(in: line, capture: capture) else { continue }
                guard let accept else { return Match(content: content) }
                if let match = accept(content, file) { return match }
            }
            return nil
        }
    }

    init(
        id: String, severity: FindingSeverity, kinds: Set<ReviewedFile.Kind>?, triggers: [String], message: String,
        check: @escaping @Sendable (Substring, ReviewedFile) -> Match?
    ) {
        self.id = id
        self.severity = severity
        self.kinds = kinds
        self.triggers = triggers
        self.message = message
        self.check = check
    }

    /// Whether the rule reads `file` at all.
    func applies(to file: ReviewedFile) -> Bool {
        kinds.map { $0.contains(file.kind) } ?? true
    }
}

/// A compiled regular expression. `Regex` values are immutable once built, so sharing one between threads is safe.
struct LinePattern: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>

    /// Compiles `pattern`; the patterns are constants of this module, so a bad one is a programmer error.
    init(_ pattern: String) {
        do {
            regex = try Regex(pattern)
        } catch {
            fatalError("static review pattern \(pattern) does not compile: \(error)")
        }
    }

    /// The text of capture group `capture` of the first match in `line`, or nil.
    func firstMatch(in line: Substring, capture: Int) -> Substring? {
        guard let match = try? regex.firstMatch(in: line) else { return nil }
        return capture < match.output.count ? match.output[capture].substring : nil
    }
}
