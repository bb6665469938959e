import Foundation
import Logging

/// `--log-format json`: one JSON object per line on stderr with `timestamp`, `level`, `label`, `message` and the
/// metadata (`deployment`, `run`, `stage`, …) as top-level fields.
struct JSONLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        var fields: [String: String] = [
            "timestamp": Date().formatted(.iso8601), "level": event.level.rawValue, "label": label,
            "message": event.message.description,
        ]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) {
            fields[key] = value.description
        }
        guard let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return }
        FileHandle.standardError.write(data + Data("\n".utf8))
    }
}
