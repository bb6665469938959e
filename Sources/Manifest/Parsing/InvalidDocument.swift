/// A document that failed: it is reported as `Invalid` and never causes its running deployment to be pruned.
package struct InvalidDocument: Sendable, Hashable {
    /// `metadata.name`, when one could be read.
    package let name: String?
    /// The file holding the document.
    package let file: String
    /// The line the document starts on.
    package let line: Int
    /// Its problems, sorted.
    package let diagnostics: [Diagnostic]
    /// `false` when the document could not be read as YAML at all: its name, if any, was recovered from the text.
    package let isReadable: Bool

    /// Creates an invalid document, e.g. for tests of code that consumes one.
    package init(name: String?, file: String, line: Int, diagnostics: [Diagnostic], isReadable: Bool = true) {
        self.name = name
        self.file = file
        self.line = line
        self.diagnostics = diagnostics
        self.isReadable = isReadable
    }
}
