/// What the decoder made of one `kind: Deployment` document, before the checks across documents.
struct DecodedDocument {
    /// A fixed host port this deployment holds, and where it was declared.
    struct HostPort {
        let port: Int
        let hostIP: String
        let position: SourcePosition
        let path: String
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
    let hostPorts: [HostPort]
    var diagnostics: [Diagnostic]
}
