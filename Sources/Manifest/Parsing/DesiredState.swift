/// Everything the manifests ask for: the valid deployments and the documents that failed.
package struct DesiredState: Sendable {
    /// Valid deployments, sorted by name.
    package var deployments: [Deployment]
    /// Documents that failed, in file order.
    package var invalid: [InvalidDocument]
    /// Every diagnostic, sorted by file, line and column.
    package var diagnostics: [Diagnostic]
    /// Documents read (valid or not; empty documents are not counted).
    package var documentCount: Int

    /// Creates a desired state, e.g. for tests of code that consumes one.
    package init(deployments: [Deployment], invalid: [InvalidDocument], diagnostics: [Diagnostic], documentCount: Int) {
        self.deployments = deployments
        self.invalid = invalid
        self.diagnostics = diagnostics
        self.documentCount = documentCount
    }

    /// Whether every document was valid.
    package var isValid: Bool { diagnostics.isEmpty }

    /// Why this desired state cannot be taken as complete (DESIGN §4), one located reason per document that could
    /// not be read or has no valid, unique `metadata.name`; empty when it is complete. While any reason stands, a
    /// pass prunes nothing: a deployment whose document is broken must never look as if it left the repository.
    package var incompleteReasons: [String] {
        var reasons: [String] = []
        for document in invalid {
            if !document.isReadable {
                reasons.append("\(document.file):\(document.line): a document could not be read as YAML")
            } else if document.name == nil {
                reasons.append("\(document.file):\(document.line): a document has no valid metadata.name")
            }
        }
        var seen = Set<String>()
        var repeated = Set<String>()
        for name in deployments.map(\.name) + invalid.compactMap(\.name) where !seen.insert(name).inserted {
            repeated.insert(name)
        }
        reasons += repeated.sorted().map { "metadata.name \"\($0)\" is declared more than once" }
        return reasons
    }

    /// The names of all deployments the manifests declare, valid or not (what must never be pruned).
    package var declaredNames: Set<String> {
        Set(deployments.map(\.name)).union(invalid.compactMap(\.name))
    }
}
