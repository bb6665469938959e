import ArgumentParser
import Logging

/// `--log-format text|json`.
enum LogFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json

    /// A logger writing this format to stderr at `level`.
    func logger(label: String, level: Logger.Level) -> Logger {
        Logger(label: label) { label in
            var handler = StandardErrorLogHandler(label: label, format: self)
            handler.logLevel = level
            return handler
        }
    }
}
