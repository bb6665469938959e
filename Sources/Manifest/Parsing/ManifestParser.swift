/// Reads manifests into a ``DesiredState``.
///
/// ```swift
/// let files = [SourceFile(path: "deployments/web.yaml", contents: data)]
/// let state = ManifestParser.parse(files, controller: config)
/// for diagnostic in state.diagnostics { print(diagnostic) }   // deployments/web.yaml:14:11: spec...: ...
/// ```
public enum ManifestParser {
    /// Parses, defaults, normalises and validates every document of every file, then checks across documents
    /// (unique names, host ports held once). Never throws; one bad document never hides the others.
    public static func parse(_ files: [SourceFile], controller: ControllerConfig = .default) -> DesiredState {
        var documents: [DecodedDocument] = []
        for file in files {
            for loaded in YAMLDocuments.load(file) {
                switch loaded {
                case .failed(let diagnostic):
                    documents.append(
                        DecodedDocument(
                            file: file.path, line: diagnostic.line, name: nil, namePosition: nil, labels: [:],
                            spec: nil, hostPorts: [], diagnostics: [diagnostic]))
                case .node(let node, let lineOffset):
                    let sink = DiagnosticSink(file: file.path, lineOffset: lineOffset)
                    let decoder = DeploymentDecoder(reader: NodeReader(sink: sink), controller: controller)
                    documents.append(decoder.decode(node))
                }
            }
        }
        CrossDocumentChecks.uniqueNames(&documents)
        CrossDocumentChecks.uniqueHostPorts(&documents)
        return state(from: documents)
    }

    private static func state(from documents: [DecodedDocument]) -> DesiredState {
        var deployments: [Deployment] = []
        var invalid: [InvalidDocument] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            if document.diagnostics.isEmpty, let name = document.name, let spec = document.spec {
                let hash = SpecHash.compute(name: name, labels: document.labels, spec: spec)
                deployments.append(
                    Deployment(
                        name: name, file: document.file, line: document.line, labels: document.labels, spec: spec,
                        specHash: hash))
            } else {
                let sorted = document.diagnostics.sorted(by: Diagnostic.ordered)
                invalid.append(
                    InvalidDocument(name: document.name, file: document.file, line: document.line, diagnostics: sorted))
                diagnostics += sorted
            }
        }
        return DesiredState(
            deployments: deployments.sorted { $0.name < $1.name }, invalid: invalid,
            diagnostics: diagnostics.sorted(by: Diagnostic.ordered), documentCount: documents.count)
    }
}
