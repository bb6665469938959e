/// What the decoder made of one `kind: Deployment` document, before the checks across documents.
struct DecodedDocument {
    /// A fixed host port this deployment holds, and where it was declared.
    struct HostPort {
        let port: Int
        let hostIP: String
        let position: SourcePosition
        let path: String
    }

    /// The host and path prefix this deployment routes, and where `spec.route` was declared.
    struct RouteClaim {
        let host: String
        let path: String
        let position: SourcePosition
    }

    let file: String
    /// The document's first line in its file.
    let line: Int
    /// `metadata.name` when it could be read as a valid name.
    let name: String?
    let namePosition: SourcePosition?
    let labels: [String: String]
    /// `nil` when any problem was found.
    let spec: DeploymentSpec?
    /// The hash of ``spec``, computed with it (and so, for large sets, concurrently).
    let specHash: String?
    let hostPorts: [HostPort]
    /// `spec.route`, when it could be read (even if another field is wrong).
    var route: RouteClaim?
    var diagnostics: [Diagnostic]
    /// The deployments it starts after (a compose service's `depends_on`).
    var dependsOn: [String] = []
    /// For a compose service, where each manifest path was written in the compose file.
    var composePaths: ComposePathTable?
    /// `false` when the document could not be read as YAML at all (its name, if any, was recovered from the text).
    var isReadable = true

    /// `path` of the manifest document as its author wrote it: the compose path for a compose service.
    func shownPath(_ path: String) -> String {
        composePaths?.composePath(of: path) ?? path
    }

    init(
        file: String, line: Int, name: String?, namePosition: SourcePosition?, labels: [String: String],
        spec: DeploymentSpec?, hostPorts: [HostPort], diagnostics: [Diagnostic]
    ) {
        self.file = file
        self.line = line
        self.name = name
        self.namePosition = namePosition
        self.labels = labels
        self.spec = spec
        self.specHash = spec.flatMap { spec in name.map { SpecHash.compute(name: $0, labels: labels, spec: spec) } }
        self.hostPorts = hostPorts
        self.diagnostics = diagnostics
    }
}
