import Foundation

/// Splits the engine's multiplexed log stream into stdout and stderr lines.
///
/// Each frame is an 8-byte header — stream (1 stdout, 2 stderr), three zero bytes, payload size as big-endian
/// UInt32 — then the payload. Frames do not align with lines, so partial lines wait per stream. With
/// `timestamps`, each line starts with the engine's RFC 3339 time and a space, which become ``LogLine/time``.
struct LogDemultiplexer: StreamDecoder {
    private var buffer: [UInt8] = []
    private var stdoutLines: LineBuffer
    private var stderrLines: LineBuffer

    init(timestamps: Bool = false) {
        stdoutLines = LineBuffer(stream: .stdout, timestamps: timestamps)
        stderrLines = LineBuffer(stream: .stderr, timestamps: timestamps)
    }

    mutating func feed(_ bytes: [UInt8]) -> [LogLine] {
        buffer.append(contentsOf: bytes)
        var lines: [LogLine] = []
        var offset = 0
        while buffer.count - offset >= 8 {
            let size = buffer[offset + 4..<offset + 8].reduce(0) { $0 << 8 | Int($1) }
            guard buffer.count - offset - 8 >= size else { break }
            let payload = buffer[offset + 8..<offset + 8 + size]
            if buffer[offset] == 2 {
                stderrLines.append(payload, to: &lines)
            } else {
                stdoutLines.append(payload, to: &lines)
            }
            offset += 8 + size
        }
        buffer.removeFirst(offset)
        return lines
    }

    mutating func finish() -> [LogLine] {
        var lines: [LogLine] = []
        stdoutLines.flush(to: &lines)
        stderrLines.flush(to: &lines)
        return lines
    }

    /// One stream's partial line.
    private struct LineBuffer {
        let stream: LogLine.Stream
        let timestamps: Bool
        var partial: [UInt8] = []

        mutating func append(_ bytes: ArraySlice<UInt8>, to lines: inout [LogLine]) {
            var start = bytes.startIndex
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                partial.append(contentsOf: bytes[start..<newline])
                lines.append(line())
                partial.removeAll(keepingCapacity: true)
                start = newline + 1
            }
            partial.append(contentsOf: bytes[start...])
        }

        mutating func flush(to lines: inout [LogLine]) {
            guard !partial.isEmpty else { return }
            lines.append(line())
            partial.removeAll()
        }

        /// The pending bytes as a line, its leading timestamp taken off when the engine was asked for one.
        private func line() -> LogLine {
            let text = String(decoding: partial, as: UTF8.self)
            guard timestamps, let space = text.firstIndex(of: " "), let time = DockerWire.date(String(text[..<space]))
            else { return LogLine(stream: stream, text: text) }
            return LogLine(stream: stream, text: String(text[text.index(after: space)...]), time: time)
        }
    }
}
