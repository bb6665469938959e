/// Several diagnostics thrown together, sorted by file, line and column.
package struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in print order.
    package let diagnostics: [Diagnostic]

    /// Creates a list, sorting `diagnostics` into print order.
    package init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
    }

    /// One diagnostic per line.
    package var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
