/// One located problem in a manifest or controller config.
///
/// Its ``description`` is what a person reads and fixes:
/// `deployments/web.yaml:14:11: spec.health.http.port: 70000 is not a port (1-65535)`.
/// Problems found by the YAML parser itself (syntax, size and nesting limits) carry the path `<yaml>`.
package struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    /// The path used for problems with the YAML text itself rather than with one field.
    package static let yamlPath = "<yaml>"

    /// The file as it was handed to the parser.
    package let file: String
    /// Line, starting at 1.
    package let line: Int
    /// Column in Unicode scalars, starting at 1.
    package let column: Int
    /// The field path, e.g. `spec.ports[0].host`, or ``yamlPath``.
    package let path: String
    /// What is wrong and what would be valid.
    package let message: String

    /// Creates a diagnostic; line and column below 1 are raised to 1 so that every diagnostic has a position.
    package init(file: String, line: Int, column: Int, path: String, message: String) {
        self.file = file
        self.line = max(1, line)
        self.column = max(1, column)
        self.path = path
        self.message = message
    }

    package var description: String { "\(file):\(line):\(column): \(path): \(message)" }

    /// In JSON, a located problem reads `{"file", "line", "column", "field", "message"}` in every command's output.
    private enum CodingKeys: String, CodingKey {
        case file, line, column, message
        case path = "field"
    }

    /// Orders by file, line, column, then path and message, the order in which diagnostics are printed.
    static func ordered(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        if lhs.column != rhs.column { return lhs.column < rhs.column }
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        return lhs.message < rhs.message
    }
}
