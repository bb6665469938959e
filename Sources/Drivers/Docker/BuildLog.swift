/// Collects a build's output from the engine's `stream` messages: whole lines, and the last 50 kept as a tail.
struct BuildLog {
    static let tailLimit = 50

    private(set) var tail: [String] = []
    private var partial = ""

    /// Adds a message's text; returns the lines it completed.
    mutating func append(_ text: String) -> [String] {
        partial += text
        var lines: [String] = []
        // `\r\n` is one Character in Swift, so look for any line break, not for "\n".
        while let newline = partial.firstIndex(where: \.isNewline) {
            let line = String(partial[..<newline])
            partial = String(partial[partial.index(after: newline)...])
            keep(line)
            lines.append(line)
        }
        return lines
    }

    /// Ends the log; returns a last line without a newline, if any.
    mutating func finish() -> [String] {
        guard !partial.isEmpty else { return [] }
        let line = partial
        partial = ""
        keep(line)
        return [line]
    }

    private mutating func keep(_ line: String) {
        tail.append(line)
        if tail.count > Self.tailLimit { tail.removeFirst(tail.count - Self.tailLimit) }
    }
}
