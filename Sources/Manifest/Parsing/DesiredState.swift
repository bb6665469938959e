/// Everything the manifests ask for: the valid deployments and the documents that failed.
public struct DesiredState: Sendable {
    /// Valid deployments, sorted by name.
    public var deployments: [Deployment]
    /// Documents that failed, in file order.
    public var invalid: [InvalidDocument]
    /// Every diagnostic, sorted by file, line and column.
    public var diagnostics: [Diagnostic]
    /// Documents read (valid or not; empty documents are not counted).
    public var documentCount: Int

    /// Creates a desired state, e.g. for tests of code that consumes one.
    public init(deployments: [Deployment], invalid: [InvalidDocument], diagnostics: [Diagnostic], documentCount: Int) {
        self.deployments = deployments
        self.invalid = invalid
        self.diagnostics = diagnostics
        self.documentCount = documentCount
    }

    /// Whether every document was valid.
    public var isValid: Bool { diagnostics.isEmpty }

    /// The names of all deployments the manifests declare, valid or not (what must never be pruned).
    public var declaredNames: Set<String> {
        Set(deployments.map(\.name)).union(invalid.compactMap(\.name))
    }
}
