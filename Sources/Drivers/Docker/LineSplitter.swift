/// Splits bytes into lines at `\n` (a trailing `\r` is dropped, empty lines are skipped).
///
/// The engine's JSON streams (build output, events) put one message per line.
struct LineSplitter: StreamDecoder {
    private var partial: [UInt8] = []

    mutating func feed(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var start = bytes.startIndex
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            partial.append(contentsOf: bytes[start..<newline])
            appendLine(&lines)
            start = newline + 1
        }
        partial.append(contentsOf: bytes[start...])
        return lines
    }

    mutating func finish() -> [[UInt8]] {
        var lines: [[UInt8]] = []
        appendLine(&lines)
        return lines
    }

    private mutating func appendLine(_ lines: inout [[UInt8]]) {
        if partial.last == UInt8(ascii: "\r") { partial.removeLast() }
        if !partial.isEmpty { lines.append(partial) }
        partial.removeAll(keepingCapacity: true)
    }
}
