import Foundation
import Logging

/// `--log-format text`: `2026-12-02T05:55:10.123Z info berth: deployment.name=web stage=build build started` on
/// stderr; metadata keys in order, timestamps with milliseconds.
struct TextLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let fields = metadata.merging(event.metadata ?? [:]) { $1 }.sorted { $0.key < $1.key }
        let context = fields.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        let line = "\(LogTimestamp.now()) \(event.level) \(label):\(context.isEmpty ? "" : " " + context) \(event.message)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}
