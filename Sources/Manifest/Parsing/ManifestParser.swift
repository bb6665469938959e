/// Reads manifests into a ``DesiredState``.
///
/// ```swift
/// let files = [SourceFile(path: "deployments/web.yaml", contents: data)]
/// let state = ManifestParser.parse(files, controller: config)
/// for diagnostic in state.diagnostics { print(diagnostic) }   // deployments/web.yaml:14:11: spec...: ...
/// ```
package enum ManifestParser {
    /// Parses, defaults, normalises and validates every document of every file, then checks across documents
    /// (unique names, host ports held once, routes claimed once). Never throws; one bad document never hides the
    /// others.
    /// Compose files (``ComposeFile``) are read as one deployment per service.
    /// - Parameters:
    ///   - secretKey: the controller's key, when the caller could read it: each `secretEnv` value must then open for
    ///     its deployment and variable, or it is reported where it stands.
    ///   - origin: the config repository the files come from, where a compose service's `build:` builds from; nil
    ///     when there is none (a `build:` is then reported).
    package static func parse(
        _ files: [SourceFile], controller: ControllerConfig = .default, secretKey: SecretKeyPair? = nil,
        origin: ConfigOrigin? = nil
    ) -> DesiredState {
        combine(decodeAll(files, controller: controller, secretKey: secretKey, origin: origin).map(ParsedFile.init))
    }

    /// Decodes and validates one file's documents on their own, for a reader that caches them by the file's
    /// content (the checks across documents wait for ``combine(_:)``).
    package static func parseFile(
        _ file: SourceFile, controller: ControllerConfig = .default, secretKey: SecretKeyPair? = nil,
        origin: ConfigOrigin? = nil
    ) -> ParsedFile {
        ParsedFile(documents: decode(file, controller: controller, secretKey: secretKey, origin: origin))
    }

    /// The desired state of files parsed one by one: runs the checks across documents (unique names, host
    /// ports held once, routes claimed once) over all of them. `parse(files)` equals
    /// `combine(files.map { parseFile($0) })`.
    package static func combine(_ files: [ParsedFile]) -> DesiredState {
        var documents = files.flatMap(\.documents)
        CrossDocumentChecks.uniqueNames(&documents)
        CrossDocumentChecks.uniqueHostPorts(&documents)
        CrossDocumentChecks.uniqueRoutes(&documents)
        return state(from: documents)
    }

    /// Total input size from which files are decoded on all cores.
    static let parallelThreshold = 256 << 10

    /// The documents of each file, in file order. Files are independent until the checks across documents, so a
    /// large set is decoded concurrently, one file per task.
    private static func decodeAll(
        _ files: [SourceFile], controller: ControllerConfig, secretKey: SecretKeyPair?, origin: ConfigOrigin?
    ) -> [[DecodedDocument]] {
        let totalBytes = files.reduce(0) { $0 + $1.contents.count }
        guard files.count > 1, totalBytes >= parallelThreshold else {
            return files.map { decode($0, controller: controller, secretKey: secretKey, origin: origin) }
        }
        return files.concurrentMap { decode($0, controller: controller, secretKey: secretKey, origin: origin) }
    }

    private static func decode(
        _ file: SourceFile, controller: ControllerConfig, secretKey: SecretKeyPair?, origin: ConfigOrigin?
    ) -> [DecodedDocument] {
        if ComposeFile.isComposeFile(file.path) {
            return decodeCompose(file, controller: controller, secretKey: secretKey, origin: origin)
        }
        return YAMLDocuments.load(file).map { loaded in
            switch loaded {
            case .failed(let diagnostic, let name, let line):
                var document = DecodedDocument(
                    file: file.path, line: line, name: name,
                    namePosition: name.map { _ in SourcePosition(file: file.path, line: line, column: 1) },
                    labels: [:], spec: nil,
                    hostPorts: [], diagnostics: [diagnostic])
                document.isReadable = false
                return document
            case .node(let node, let lineOffset):
                let sink = DiagnosticSink(file: file.path, lineOffset: lineOffset)
                return DeploymentDecoder(reader: NodeReader(sink: sink), controller: controller, secretKey: secretKey)
                    .decode(node)
            }
        }
    }

    /// A compose file's services; its first document is the compose file, any further one is reported.
    private static func decodeCompose(
        _ file: SourceFile, controller: ControllerConfig, secretKey: SecretKeyPair?, origin: ConfigOrigin?
    ) -> [DecodedDocument] {
        YAMLDocuments.load(file).enumerated().flatMap { index, loaded -> [DecodedDocument] in
            switch loaded {
            case .failed(let diagnostic, _, let line):
                var document = DecodedDocument(
                    file: file.path, line: line, name: nil, namePosition: nil, labels: [:], spec: nil, hostPorts: [],
                    diagnostics: [diagnostic])
                document.isReadable = false
                return [document]
            case .node(let node, let lineOffset) where index > 0:
                let sink = DiagnosticSink(file: file.path, lineOffset: lineOffset)
                sink.report(
                    node, NodeReader.documentPath,
                    "a compose file holds one document; move this one to a file of its own")
                return [
                    DecodedDocument(
                        file: file.path, line: sink.position(of: node).line, name: nil, namePosition: nil,
                        labels: [:], spec: nil, hostPorts: [], diagnostics: sink.diagnostics)
                ]
            case .node(let node, let lineOffset):
                return ComposeDecoder(
                    file: file.path, lineOffset: lineOffset, controller: controller, secretKey: secretKey,
                    origin: origin
                ).decode(node)
            }
        }
    }

    private static func state(from documents: [DecodedDocument]) -> DesiredState {
        var deployments: [Deployment] = []
        var invalid: [InvalidDocument] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            if document.diagnostics.isEmpty, let name = document.name, let spec = document.spec,
                let hash = document.specHash
            {
                deployments.append(
                    Deployment(
                        name: name, file: document.file, line: document.line, labels: document.labels, spec: spec,
                        specHash: hash, dependsOn: document.dependsOn))
            } else {
                let sorted = document.diagnostics.sorted(by: Diagnostic.ordered)
                invalid.append(
                    InvalidDocument(
                        name: document.name, file: document.file, line: document.line, diagnostics: sorted,
                        isReadable: document.isReadable))
                diagnostics += sorted
            }
        }
        return DesiredState(
            deployments: deployments.sorted { $0.name < $1.name }, invalid: invalid,
            diagnostics: diagnostics.sorted(by: Diagnostic.ordered), documentCount: documents.count)
    }
}
