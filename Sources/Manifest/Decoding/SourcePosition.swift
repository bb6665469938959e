import Yams

/// A place in a file, kept for checks that span documents.
struct SourcePosition: Hashable {
    let file: String
    let line: Int
    let column: Int

    func diagnostic(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, path: path, message: message)
    }

    /// `file:line:column`, for messages that point at another place.
    var description: String { "\(file):\(line):\(column)" }
}

extension DiagnosticSink {
    func sourcePosition(of node: Node) -> SourcePosition {
        let (line, column) = position(of: node)
        return SourcePosition(file: file, line: line, column: column)
    }
}
