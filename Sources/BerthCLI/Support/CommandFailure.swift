import Drivers

/// A command that ran and failed: the message goes to stderr (or, with `--output json`, an error object to stdout),
/// and the process exits with `exitCode`.
struct CommandFailure: Error, CustomStringConvertible {
    /// 1: a finding or a failed operation. 2: a usage or configuration error.
    let exitCode: Int32
    /// What failed, where and why.
    let message: String
    /// The manifest field or controller config key it is about.
    var field: String?
    /// The file or directory it is about.
    var path: String?
    /// The URL it is about.
    var url: String?
    /// What to do about it.
    var hint: String?

    init(
        exitCode: Int32, message: String, field: String? = nil, path: String? = nil, url: String? = nil,
        hint: String? = nil
    ) {
        self.exitCode = exitCode
        self.message = message
        self.field = field
        self.path = path
        self.url = url
        self.hint = hint
    }

    /// A failure a boundary translated, keeping its field, path, URL and hint; `context` (e.g. `cannot plan`) is put
    /// in front of its message.
    init(exitCode: Int32, _ error: some ActionableError, context: String? = nil) {
        self.init(
            exitCode: exitCode, message: context.map { "\($0): \(error.summary)" } ?? error.summary,
            field: error.field, path: error.path, url: error.url, hint: error.hint
        )
    }

    /// A failed operation or a finding (exit 1).
    static func failed(_ message: String) -> CommandFailure { CommandFailure(exitCode: 1, message: message) }

    /// A usage or configuration error (exit 2).
    static func usage(_ message: String) -> CommandFailure { CommandFailure(exitCode: 2, message: message) }

    /// A failed operation (exit 1), from `error` translated when it is an ``ActionableError``, else its description.
    static func failed(_ context: String, _ error: any Error) -> CommandFailure {
        if let error = error as? any ActionableError { return CommandFailure(exitCode: 1, error, context: context) }
        return .failed("\(context): \(error)")
    }

    /// `message; hint`, as printed after `error: `.
    var description: String { hint.map { "\(message); \($0)" } ?? message }

    /// `{"message", "field"?, "path"?, "url"?, "hint"?}` under `error` in a JSON document.
    var document: ErrorDocument {
        ErrorDocument(error: .init(message: message, field: field, path: path, url: url, hint: hint))
    }
}

/// What `--output json` prints on stdout when a command fails: `{"schemaVersion": 1, "error": {...}}`.
struct ErrorDocument: Encodable {
    struct Body: Encodable {
        let message: String
        let field: String?
        let path: String?
        let url: String?
        let hint: String?
    }

    let error: Body
}
