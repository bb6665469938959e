import Yams

/// Collects the diagnostics of one document, placing each at its node's line and column in the file.
final class DiagnosticSink {
    let file: String
    /// Lines of the file before the chunk the document was composed from.
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
    }

    /// Records a problem located at `node`. Path and message are built only when the problem is kept.
    func report(_ node: Node, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String) {
        report(at: node.mark, path(), message())
    }

    /// Records a problem at `mark` (a position inside the document's chunk); beyond
    /// ``InputLimits/maxDiagnosticsPerDocument`` one last diagnostic says that the rest are not shown.
    func report(at mark: Mark?, _ path: @autoclosure () -> String, _ message: @autoclosure () -> String) {
        let limit = InputLimits.maxDiagnosticsPerDocument
        guard diagnostics.count <= limit else { return }
        let line = (mark?.line ?? 1) + lineOffset
        let column = mark?.column ?? 1
        if diagnostics.count == limit {
            diagnostics.append(
                Diagnostic(
                    file: file, line: line, column: column, path: NodeReader.documentPath,
                    message: "more problems in this document are not shown (the first \(limit) are)"))
        } else {
            diagnostics.append(Diagnostic(file: file, line: line, column: column, path: path(), message: message()))
        }
    }

    /// Where `node` starts in the file, as `line:column`, for messages that point at another place.
    func position(of node: Node) -> (line: Int, column: Int) {
        ((node.mark?.line ?? 1) + lineOffset, node.mark?.column ?? 1)
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}
