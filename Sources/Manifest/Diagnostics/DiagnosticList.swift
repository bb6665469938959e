/// Several diagnostics thrown together, sorted by file, line and column.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// Every problem found, in print order.
    public let diagnostics: [Diagnostic]

    /// Creates a list, sorting `diagnostics` into print order.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.ordered)
    }

    /// One diagnostic per line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
