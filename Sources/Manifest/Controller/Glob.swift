/// A shell-style wildcard pattern: the one matcher for `policy.allowRepos`, `policy.allowHostPaths` (DESIGN §9)
/// and OpenSSH `known_hosts` host patterns.
///
/// - `?` matches one character, `*` any run of characters (the empty one too).
/// - With a ``separator`` (`/` for URLs and paths) both stop at it: `*` and `?` stay within one segment, and `**`
///   matches any run, separators included. A `**` standing as a whole segment before a separator (`a/**/b`,
///   `**/b`) also matches no segment at all, so `a/**/b` matches `a/b` as well as `a/x/y/b`.
/// - Without one, `**` is two `*`.
///
/// There is no escape and no character class: `[` and `\` are plain characters (OpenSSH writes `[host]:port`).
///
/// ```swift
/// Glob("https://git.example.com/acme/*", separator: "/").matches("https://git.example.com/acme/web")   // true
/// Glob("https://git.example.com/acme/*", separator: "/").matches("https://git.example.com/acme/a/b")   // false
/// Glob("*.internal").matches("build.internal")                                                         // true
/// ```
package struct Glob: Sendable, Hashable, CustomStringConvertible {
    private enum Token: Sendable, Hashable {
        /// One character, itself.
        case literal(Unicode.Scalar)
        /// `?`.
        case one
        /// `*`: any run within a segment.
        case star
        /// `**`: any run across segments; `skipsSeparator` when it is a whole segment followed by a separator,
        /// so that it may also stand for no segment.
        case globstar(skipsSeparator: Bool)
    }

    /// The pattern as written.
    package let pattern: String
    /// The character `*` and `?` never match, or `nil` when they match every character.
    package let separator: Unicode.Scalar?
    private let tokens: [Token]

    /// Compiles `pattern`; `separator` makes it match segment by segment (see ``Glob``).
    package init(_ pattern: String, separator: Unicode.Scalar? = nil) {
        self.pattern = pattern
        self.separator = separator
        let scalars = Array(pattern.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "*", separator != nil, index + 1 < scalars.count, scalars[index + 1] == "*" {
                let wholeSegment =
                    (index == 0 || scalars[index - 1] == separator)
                    && index + 2 < scalars.count && scalars[index + 2] == separator
                tokens.append(.globstar(skipsSeparator: wholeSegment))
                index += 2
                continue
            }
            tokens.append(scalar == "*" ? .star : scalar == "?" ? .one : .literal(scalar))
            index += 1
        }
        self.tokens = tokens
    }

    package var description: String { pattern }

    /// Whether the whole of `text` matches the pattern.
    ///
    /// Runs in time proportional to the pattern's length times the text's, whatever the stars (no backtracking).
    package func matches(_ text: String) -> Bool {
        var states = closure([0])
        for scalar in text.unicodeScalars {
            var next: Set<Int> = []
            for state in states where state < tokens.count {
                switch tokens[state] {
                case .literal(let expected):
                    if scalar == expected { next.insert(state + 1) }
                case .one:
                    if scalar != separator { next.insert(state + 1) }
                case .star:
                    if scalar != separator { next.insert(state) }
                case .globstar:
                    next.insert(state)
                }
            }
            if next.isEmpty { return false }
            states = closure(next)
        }
        return states.contains(tokens.count)
    }

    /// `states` with every state reachable by matching nothing: past a star, and past a whole-segment `**`
    /// together with its separator.
    private func closure(_ states: Set<Int>) -> Set<Int> {
        var result = states
        var pending = Array(states)
        while let state = pending.popLast() {
            guard state < tokens.count else { continue }
            var reachable: [Int] = []
            switch tokens[state] {
            case .star, .globstar(skipsSeparator: false): reachable = [state + 1]
            case .globstar(skipsSeparator: true): reachable = [state + 1, state + 2]
            case .literal, .one: break
            }
            for target in reachable where result.insert(target).inserted { pending.append(target) }
        }
        return result
    }
}
