import Foundation
import Logging

/// berth's log lines on stderr, in the `--log-format` chosen; timestamps in UTC with milliseconds, metadata keys
/// dotted (`deployment.name`, `rollout.id`, `stage`) and in order.
/// - text: `2026-12-02T05:55:10.123Z info berth: deployment.name=web stage=build build started`
/// - json: one object per line with `timestamp`, `level`, `label`, `message` and the metadata as top-level fields.
struct StandardErrorLogHandler: LogHandler {
    let label: String
    let format: LogFormat
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }.map { ($0.key, $0.value.description) }
        let line =
            switch format {
            case .text: textLine(event, fields: fields)
            case .json: jsonLine(event, fields: fields)
            }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    private func textLine(_ event: LogEvent, fields: [(String, String)]) -> String {
        let context = fields.sorted { $0.0 < $1.0 }.map { " \($0.0)=\($0.1)" }.joined()
        return "\(LogTimestamp.now()) \(event.level) \(label):\(context) \(event.message)"
    }

    private func jsonLine(_ event: LogEvent, fields: [(String, String)]) -> String {
        var members: [String: String] = [
            "timestamp": LogTimestamp.now(), "level": event.level.rawValue, "label": label,
            "message": event.message.description,
        ]
        for (key, value) in fields { members[key] = value }
        // Keys sorted by code point and written by hand: JSONSerialization's .sortedKeys compares with the locale
        // through ICU on every line.
        let written = members.sorted { $0.key < $1.key }.map { "\(Self.quoted($0.key)):\(Self.quoted($0.value))" }
        return "{" + written.joined(separator: ",") + "}"
    }

    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
