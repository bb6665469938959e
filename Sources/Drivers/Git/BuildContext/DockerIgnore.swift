/// The exclusions of a build context's `.dockerignore`, applied the way the Docker CLI does for the legacy
/// builder: patterns read as `ignorefile.ReadAll` reads them, `!.dockerignore` and `!<dockerfile>` added
/// when excluded (so both are always sent), parent directories' results reused as `MatchesUsingParentResults`
/// does, and an excluded directory entered only when an exception names something inside it.
struct DockerIgnore: Sendable {
    /// Per-pattern results for a directory, handed to its children (patternmatcher's `MatchInfo`).
    typealias MatchInfo = [Bool]

    private let patterns: [DockerIgnorePattern]
    private let hasExceptions: Bool

    /// No exclusions.
    static let none = DockerIgnore(patterns: [])

    private init(patterns: [DockerIgnorePattern]) {
        self.patterns = patterns
        hasExceptions = patterns.contains { $0.isException }
    }

    /// Parses `.dockerignore` text for a context whose Dockerfile is at `dockerfile` (relative to the context).
    /// - Throws: ``GitError`` naming the line of a pattern Docker would refuse.
    init(contents: String, dockerfile: String) throws {
        var parsed: [DockerIgnorePattern] = []
        var lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        for (number, rawLine) in lines.enumerated() {
            let line = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
            guard !line.hasPrefix("#"), let pattern = Self.normalize(line) else { continue }
            parsed.append(try Self.compile(pattern, failure: "line \(number + 1): bad pattern '\(line)'"))
        }
        var result = DockerIgnore(patterns: parsed)
        for alwaysSent in [".dockerignore", dockerfile] where result.matchesOrParentMatches(alwaysSent) {
            let exception = try Self.compile("!" + alwaysSent, failure: "cannot re-include '\(alwaysSent)'")
            result = DockerIgnore(patterns: result.patterns + [exception])
        }
        self = result
    }

    private static func compile(_ pattern: String, failure: String) throws -> DockerIgnorePattern {
        do {
            return try DockerIgnorePattern(pattern)
        } catch {
            throw GitError(.invalidArgument, operation: "read .dockerignore", message: failure)
        }
    }

    /// `ignorefile.ReadAll`'s per-line normalisation: trimmed, cleaned, leading `/` dropped, `!` kept.
    private static func normalize(_ line: String) -> String? {
        var pattern = line.trimmingGoSpace()
        guard !pattern.isEmpty else { return nil }
        let exception = pattern.hasPrefix("!")
        if exception { pattern = String(pattern.dropFirst()).trimmingGoSpace() }
        if !pattern.isEmpty {
            pattern = GoPath.clean(pattern)
            if pattern.count > 1 && pattern.hasPrefix("/") { pattern.removeFirst() }
        }
        return exception ? "!" + pattern : pattern
    }

    /// Whether `path` is excluded, reusing `parent` (its directory's results) as Docker does; returns this
    /// path's own results for its children when it is a directory.
    func evaluate(_ path: String, parent: MatchInfo?) -> (excluded: Bool, info: MatchInfo) {
        var matched = false
        var info = MatchInfo(repeating: false, count: patterns.count)
        for (index, pattern) in patterns.enumerated() {
            var match = parent?[index] ?? false
            if !match {
                if pattern.isException != matched { continue }
                match = pattern.matches(path)
                if !match && parent == nil {
                    match = Self.parentDirectories(of: path).contains { pattern.matches($0) }
                }
            }
            info[index] = match
            if match { matched = !pattern.isException }
        }
        return (matched, info)
    }

    /// patternmatcher's `MatchesOrParentMatches`, which the CLI uses to decide whether to re-include the
    /// Dockerfile and `.dockerignore`.
    private func matchesOrParentMatches(_ path: String) -> Bool {
        evaluate(path, parent: nil).excluded
    }

    /// Whether an excluded directory must still be walked: some exception pattern starts with it.
    func mayReinclude(under directory: String) -> Bool {
        guard hasExceptions else { return false }
        let prefix = directory + "/"
        return patterns.contains { $0.isException && ($0.text + "/").hasPrefix(prefix) }
    }

    /// `a/b/c` -> `a`, `a/b`.
    private static func parentDirectories(of path: String) -> [String] {
        let segments = path.split(separator: "/")
        guard segments.count > 1 else { return [] }
        return (1..<segments.count).map { segments[0..<$0].joined(separator: "/") }
    }
}

extension String {
    /// Go's `strings.TrimSpace` for the ASCII whitespace a `.dockerignore` line can hold.
    func trimmingGoSpace() -> String {
        let space: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        guard let start = firstIndex(where: { !space.contains($0) }) else { return "" }
        let end = lastIndex(where: { !space.contains($0) })!
        return String(self[start...end])
    }
}
