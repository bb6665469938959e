import Drivers
import Foundation
import Reconciler

/// Prints a container's output lines as `berth logs NAME` shows them: as text, the app's stdout on stdout and its
/// stderr on stderr, each line written at once (so `--follow` through a pipe is live); as JSON, one document at
/// the end, or with `--follow` one JSON line per output line. The app's own terminal escapes (colours, cursor
/// moves) reach a colour terminal as they are and are stripped everywhere else (pipes, files, `NO_COLOR`, JSON).
final class AppLogPrinter {
    /// One output line in JSON.
    struct Line: Encodable {
        let stream: String
        /// When the engine received it, ISO 8601 with milliseconds.
        let time: String?
        let text: String

        init(_ line: LogLine) {
            stream = line.stream == .stderr ? "stderr" : "stdout"
            time = line.time.map(AppLogPrinter.timestamp)
            text = TerminalEscapes.stripped(line.text)
        }
    }

    /// `--output json` without `--follow`.
    struct Document: Encodable {
        let name: String
        let generation: Int
        let container: String
        let lines: [Line]
    }

    /// `--output json --follow`: one per line.
    struct Event: Encodable {
        let name: String
        let generation: Int
        let container: String
        let stream: String
        let time: String?
        let text: String
    }

    let container: ActualContainer
    let output: OutputFormat
    let follow: Bool
    let timestamps: Bool
    /// Whether stdout and stderr are colour terminals, which get the app's escapes unchanged.
    private let colorOut = TerminalStyle.standardOutput(json: false).colors
    private let colorErr = TerminalStyle.standardError(json: false).colors
    private var collected: [Line] = []

    init(container: ActualContainer, output: OutputFormat, follow: Bool, timestamps: Bool) {
        self.container = container
        self.output = output
        self.follow = follow
        self.timestamps = timestamps
    }

    func print(_ line: LogLine) throws {
        switch output {
        case .text:
            let stamp = timestamps ? line.time.map { Self.timestamp($0) + " " } ?? "" : ""
            let toStandardError = line.stream == .stderr
            let text = (toStandardError ? colorErr : colorOut) ? line.text : TerminalEscapes.stripped(line.text)
            let handle = toStandardError ? FileHandle.standardError : FileHandle.standardOutput
            handle.write(Data((stamp + text + "\n").utf8))
        case .json where follow:
            let json = Line(line)
            try printJSONLine(
                Event(
                    name: container.deployment, generation: container.generation, container: container.name,
                    stream: json.stream, time: json.time, text: json.text))
        case .json:
            collected.append(Line(line))
        }
    }

    /// Prints what was collected for one JSON document.
    func finish() throws {
        guard output == .json, !follow else { return }
        try printJSON(
            Document(
                name: container.deployment, generation: container.generation, container: container.name,
                lines: collected))
    }

    /// `2026-12-02T05:55:10.123Z`.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        return LogTimestamp.format(seconds: milliseconds / 1000, milliseconds: milliseconds % 1000)
    }
}
