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

    /// Records a problem located at `node`.
    func report(_ node: Node, _ path: String, _ message: String) {
        report(at: node.mark, path, message)
    }

    /// Records a problem at `mark` (a position inside the document's chunk).
    func report(at mark: Mark?, _ path: String, _ message: String) {
        diagnostics.append(
            Diagnostic(
                file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 1, path: path,
                message: message))
    }

    /// Where `node` starts in the file, as `line:column`, for messages that point at another place.
    func position(of node: Node) -> (line: Int, column: Int) {
        ((node.mark?.line ?? 1) + lineOffset, node.mark?.column ?? 1)
    }

    var isEmpty: Bool { diagnostics.isEmpty }
}
