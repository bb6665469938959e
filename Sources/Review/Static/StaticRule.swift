import Foundation
import Manifest

/// One static review rule: the files it reads, its patterns, and a last look at what they matched. Every rule's
/// rationale is the doc comment where it is declared (``SecretRules``, ``DockerfileRules``, ``CodeRules``).
///
/// Each pattern names the lowercase words a line must contain before its regular expression runs; the reviewer
/// finds those lines with one byte search per word, so most lines never meet a regular expression.
struct StaticRule: Sendable {
    /// A regular expression and the words that must be on a line for it to run.
    struct Pattern: Sendable {
        let regex: LinePattern
        /// Lowercase; a line must contain at least one.
        let triggers: [String]

        init(_ regex: String, _ triggers: String...) {
            self.regex = LinePattern(regex)
            self.triggers = triggers
        }
    }

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
    /// What is wrong and what to do, without the matched text.
    let message: String
    let patterns: [Pattern]
    /// A line matching any of these is never a finding of this rule.
    private let exclusions: [LinePattern]
    /// The capture group whose text is the finding's content (0: the whole match).
    private let capture: Int
    /// A last look at the captured content (entropy, placeholders, test code); nil accepts everything.
    private let accept: (@Sendable (Substring, ReviewedFile) -> Match?)?

    init(
        id: String, severity: FindingSeverity, kinds: Set<ReviewedFile.Kind>?, message: String, patterns: [Pattern],
        unless: [String] = [], capture: Int = 0, accept: (@Sendable (Substring, ReviewedFile) -> Match?)? = nil
    ) {
        self.id = id
        self.severity = severity
        self.kinds = kinds
        self.message = message
        self.patterns = patterns
        self.exclusions = unless.map { LinePattern($0) }
        self.capture = capture
        self.accept = accept
    }

    /// Whether the rule reads `file` at all.
    func applies(to file: ReviewedFile) -> Bool {
        kinds.map { $0.contains(file.kind) } ?? true
    }

    /// The match of `pattern` on `line`, if it holds up.
    func match(_ pattern: Pattern, on line: Substring, in file: ReviewedFile) -> Match? {
        guard let content = pattern.regex.firstMatch(in: line, capture: capture) else { return nil }
        guard !exclusions.contains(where: { $0.firstMatch(in: line, capture: 0) != nil }) else { return nil }
        guard let accept else { return Match(content: content) }
        return accept(content, file)
    }
}

/// A compiled regular expression (ICU's, through `NSRegularExpression`: an order of magnitude faster than Swift's
/// `Regex` on unanchored searches, which is what keeps a 5 MB diff under a second). Matching is thread-safe.
struct LinePattern: @unchecked Sendable {
    private let regex: NSRegularExpression
    /// Texts one of which every match holds (``init(_:holdingOneOf:)``); empty when none was given.
    private let literals: [String]
    private let ignoresCase: Bool

    /// Compiles `pattern` (ICU syntax: `(?i)`, `\b` between `\w` and `\W`, lookahead); the patterns are constants of
    /// this module, so a bad one is a programmer error. When every match holds one of `literals` (lowercase for a
    /// `(?i)` pattern), a line holding none of them is passed over by a byte search, without running the expression:
    /// most lines of a large diff miss most patterns, and the search costs a fraction of the match.
    init(_ pattern: String, holdingOneOf literals: [String] = []) {
        do {
            regex = try NSRegularExpression(pattern: pattern)
        } catch {
            fatalError("static review pattern \(pattern) does not compile: \(error)")
        }
        self.literals = literals
        ignoresCase = pattern.hasPrefix("(?i)")
    }

    /// Whether `line` may hold a match: false only when it holds none of the pattern's literals.
    private func mayMatch(_ line: some StringProtocol) -> Bool {
        literals.isEmpty
            || literals.contains { ignoresCase ? line.hasBytesIgnoringCase($0) : line.hasBytes($0) }
    }

    /// Every match in `line`, each as its capture groups (index 0: the whole match; nil for a group that took no
    /// part).
    func matches(in line: some StringProtocol) -> [[Substring?]] {
        guard mayMatch(line) else { return [] }
        let text = String(line)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Self.groups($0, in: text) }
    }

    /// The first match in `line` as its capture groups (index 0: the whole match; nil for a group that took no part),
    /// or nil: what `matches(in: line).first` answers without looking for the others.
    func firstMatch(in line: some StringProtocol) -> [Substring?]? {
        guard mayMatch(line) else { return nil }
        let text = String(line)
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Self.groups(match, in: text)
    }

    /// The matches that begin exactly at one of `starts` (offsets in `line`'s UTF-8 bytes, ascending), each as its
    /// capture groups; lookbehinds still see the text before a start. Far cheaper than ``matches(in:)`` when only
    /// matches at known places matter, since the expression is not tried at every offset of the line.
    func matches(in line: Substring, startingAt starts: [Int]) -> [[Substring?]] {
        guard !starts.isEmpty, mayMatch(line) else { return [] }
        let text = String(line)
        let utf8 = text.utf8
        return starts.compactMap { offset in
            let start = utf8.index(utf8.startIndex, offsetBy: offset)
            guard
                let match = regex.firstMatch(
                    in: text, options: [.anchored, .withTransparentBounds], range: NSRange(start..., in: text))
            else { return nil }
            return Self.groups(match, in: text)
        }
    }

    /// Whether `line` holds a match.
    func matches(_ line: some StringProtocol) -> Bool {
        guard mayMatch(line) else { return false }
        let text = String(line)
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// `text` with every match removed.
    func removingMatches(in text: some StringProtocol) -> String {
        let text = String(text)
        guard mayMatch(text) else { return text }
        return regex.stringByReplacingMatches(
            in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
    }

    /// The text of capture group `capture` of the first match in `line`, or nil.
    func firstMatch(in line: Substring, capture: Int) -> Substring? {
        guard let groups = firstMatch(in: line), capture < groups.count else { return nil }
        return groups[capture]
    }

    /// A match's capture groups as slices of `text`.
    private static func groups(_ match: NSTextCheckingResult, in text: String) -> [Substring?] {
        (0..<match.numberOfRanges).map { group in Range(match.range(at: group), in: text).map { text[$0] } }
    }
}
