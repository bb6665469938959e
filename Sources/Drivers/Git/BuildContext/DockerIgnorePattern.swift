/// One `.dockerignore` pattern, matched exactly as Docker's `patternmatcher` does: `*` and `?` never cross
/// a `/`, `**` spans any number of directories, `[...]` classes, `\` escapes, and the same shortcuts for
/// literal, prefix (`dir/**`) and suffix (`**/name`) patterns.
struct DockerIgnorePattern: Sendable {
    private enum MatchType: Sendable { case exact, prefix, suffix, expression }

    private enum Token: Sendable {
        case literal(Unicode.Scalar)
        case anyInSegment  // *   -> [^/]*
        case oneInSegment  // ?   -> [^/]
        case anyDirectories  // **/ -> (.*/)?
        case anyRest  // **  at the end -> .*
        case characterClass(negated: Bool, ranges: [ClosedRange<Unicode.Scalar>])
    }

    struct BadPattern: Error {}

    /// The pattern after cleaning, without its `!`.
    let text: String
    /// True for `!` exceptions, which re-include what earlier patterns excluded.
    let isException: Bool
    private let matchType: MatchType
    private let tokens: [Token]

    init(_ raw: String) throws(BadPattern) {
        var pattern = GoPath.clean(raw)
        isException = pattern.hasPrefix("!")
        if isException {
            guard pattern.count > 1 else { throw BadPattern() }
            pattern.removeFirst()
        }
        text = pattern
        (matchType, tokens) = try Self.compile(pattern)
    }

    /// Whether `path` (relative, `/`-separated) matches.
    func matches(_ path: String) -> Bool {
        switch matchType {
        case .exact:
            return path == text
        case .prefix:
            return path.hasPrefix(String(text.dropLast(2)))
        case .suffix:
            let suffix = String(text.dropFirst(2))
            if path.hasSuffix(suffix) { return true }
            return suffix.hasPrefix("/") && path == String(suffix.dropFirst())
        case .expression:
            return Self.match(tokens[...], Array(path.unicodeScalars)[...])
        }
    }

    /// Mirrors patternmatcher's `Pattern.compile`, keeping its match-type transitions.
    private static func compile(_ pattern: String) throws(BadPattern) -> (MatchType, [Token]) {
        let scalars = Array(pattern.unicodeScalars)
        var matchType = MatchType.exact
        var tokens: [Token] = []
        var index = 0
        var position = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            defer { position += 1 }
            switch scalar {
            case "*":
                guard index < scalars.count, scalars[index] == "*" else {
                    tokens.append(.anyInSegment)
                    matchType = .expression
                    continue
                }
                index += 1
                if index < scalars.count, scalars[index] == "/" { index += 1 }
                if index == scalars.count {
                    if matchType == .exact {
                        matchType = .prefix
                    } else {
                        tokens.append(.anyRest)
                        matchType = .expression
                    }
                } else {
                    tokens.append(.anyDirectories)
                    matchType = .expression
                }
                if position == 0 { matchType = .suffix }
            case "?":
                tokens.append(.oneInSegment)
                matchType = .expression
            case "\\":
                if index < scalars.count {
                    tokens.append(.literal(scalars[index]))
                    index += 1
                } else {
                    tokens.append(.literal("\\"))
                }
            case "[":
                let (token, next) = try characterClass(scalars, from: index)
                tokens.append(token)
                index = next
                matchType = .expression
            case "]":
                throw BadPattern()
            default:
                tokens.append(.literal(scalar))
            }
        }
        return (matchType, tokens)
    }

    private static func characterClass(
        _ scalars: [Unicode.Scalar], from start: Int
    ) throws(BadPattern) -> (Token, Int) {
        var index = start
        var negated = false
        if index < scalars.count, scalars[index] == "^" {
            negated = true
            index += 1
        }
        var ranges: [ClosedRange<Unicode.Scalar>] = []
        var first = true
        while index < scalars.count {
            var low = scalars[index]
            if low == "]" && !first { return (.characterClass(negated: negated, ranges: ranges), index + 1) }
            first = false
            index += 1
            if low == "\\" {
                guard index < scalars.count else { throw BadPattern() }
                low = scalars[index]
                index += 1
            }
            var high = low
            if index + 1 < scalars.count, scalars[index] == "-", scalars[index + 1] != "]" {
                high = scalars[index + 1]
                index += 2
                if high == "\\" {
                    guard index < scalars.count else { throw BadPattern() }
                    high = scalars[index]
                    index += 1
                }
                guard low <= high else { throw BadPattern() }
            }
            ranges.append(low...high)
        }
        throw BadPattern()
    }

    private static func match(_ tokens: ArraySlice<Token>, _ path: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let token = tokens.first else { return path.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let scalar):
            return path.first == scalar && match(rest, path.dropFirst())
        case .oneInSegment:
            guard let first = path.first, first != "/" else { return false }
            return match(rest, path.dropFirst())
        case .characterClass(let negated, let ranges):
            guard let first = path.first else { return false }
            return ranges.contains { $0.contains(first) } != negated && match(rest, path.dropFirst())
        case .anyInSegment:
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard let first = remaining.first, first != "/" else { return false }
                remaining = remaining.dropFirst()
            }
        case .anyDirectories:
            if match(rest, path) { return true }
            var remaining = path
            while let slash = remaining.firstIndex(of: "/") {
                remaining = path[(slash + 1)...]
                if match(rest, remaining) { return true }
            }
            return false
        case .anyRest:
            return true
        }
    }
}
