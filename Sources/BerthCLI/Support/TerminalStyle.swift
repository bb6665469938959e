import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Colour for a person at a terminal, and plain text everywhere else.
///
/// Colour is on only when the stream is a terminal, `NO_COLOR` is unset or empty (no-color.org), `TERM` is not
/// `dumb`, and the command does not print JSON. Green marks success, red failure, yellow warnings.
struct TerminalStyle: Sendable {
    /// What a piece of text means, and so its colour.
    enum Tone: Sendable {
        case plain
        case ok
        case failed
        case warning
        /// Secondary text: skipped stages, separators.
        case dim
    }

    let colors: Bool

    /// No colour at all: pipes, files, tests.
    static let plain = TerminalStyle(colors: false)

    /// The style for output written to `descriptor`.
    init(descriptor: Int32, json: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) {
        colors = Self.usesColor(isTerminal: isatty(descriptor) == 1, environment: environment, json: json)
    }

    /// The style for stdout; `json` when the command prints JSON there.
    static func standardOutput(json: Bool) -> TerminalStyle { TerminalStyle(descriptor: STDOUT_FILENO, json: json) }

    /// The style for stderr.
    static func standardError(json: Bool) -> TerminalStyle { TerminalStyle(descriptor: STDERR_FILENO, json: json) }

    init(colors: Bool) {
        self.colors = colors
    }

    /// Whether to colour: a terminal, no `NO_COLOR` (any non-empty value turns colour off), a `TERM` other than
    /// `dumb`, and no JSON.
    static func usesColor(isTerminal: Bool, environment: [String: String], json: Bool) -> Bool {
        guard isTerminal, !json else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// `text` in the colour of `tone`, or as it is without colour.
    func paint(_ text: String, _ tone: Tone) -> String {
        guard colors, !text.isEmpty else { return text }
        let code =
            switch tone {
            case .plain: ""
            case .ok: "32"
            case .failed: "31"
            case .warning: "33"
            case .dim: "2"
            }
        return code.isEmpty ? text : "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
