/// A document that failed: it is reported as `Invalid` and never causes its running deployment to be pruned.
public struct InvalidDocument: Sendable, Hashable {
    /// `metadata.name`, when one could be read.
    public let name: String?
    /// The file holding the document.
    public let file: String
    /// The line the document starts on.
    public let line: Int
    /// Its problems, sorted.
    public let diagnostics: [Diagnostic]
}
