import Yams

/// Decodes a compose file (DESIGN §14) into one deployment per service, named `<project>-<service>` (the project
/// is the file's `name:` or its folder's name), in start order: a service comes after those it `depends_on`.
///
/// Each service is translated into the `kind: Deployment` document that declares the same thing and decoded by
/// ``DeploymentDecoder``, so a service and its equivalent manifest give the same spec and spec hash, and every
/// policy check applies alike. Problems are located in the compose file under compose paths
/// (`services.web.ports[0]`); compose keys berth cannot honour are refused by name.
struct ComposeDecoder {
    static let rootFields = FieldSet("name", "services", "volumes", "version", "x-berth")
    /// The top-level `x-berth`: settings every service takes unless its own `x-berth` sets them.
    static let defaultFields = FieldSet("review", "rollout", "drift", "strategy", "suspend", "labels")
    static let refusedRootKeys: [String: String] = [
        "networks": "a service runs on the default bridge or with network_mode: host",
        "secrets": "seal values with `berth secret seal` and list them under a service's x-berth.secretEnv",
        "configs": "bake the files into the image, or mount a named volume",
        "include": "berth reads each compose file on its own; put the other file under the config path as well",
    ]

    /// One service on its way to a deployment.
    private struct Service {
        let name: String
        let key: Node
        let node: Node
        let sink: DiagnosticSink
        let translator: ComposeServiceTranslator
        /// The services it starts after, those of its `depends_on` that exist.
        var dependencies: [String] = []
    }

    let file: String
    let lineOffset: Int
    let controller: ControllerConfig
    let secretKey: SecretKeyPair?
    let origin: ConfigOrigin?

    /// The deployments of the compose document `root`, dependencies first, plus one nameless document holding the
    /// file's own problems when it has any.
    func decode(_ root: Node) -> [DecodedDocument] {
        let sink = DiagnosticSink(file: file, lineOffset: lineOffset)
        let reader = NodeReader(sink: sink)
        guard case .mapping(let mapping) = root else {
            sink.report(
                root, NodeReader.documentPath,
                "expected a compose file (a mapping with services), found "
                    + NodeReader.kindName(root))
            return [fileDocument(sink, at: root, readable: false)]
        }
        var fields = MappingFields(node: root, path: "")
        mapping.forEachPair { key, value in
            guard let name = key.scalar?.string else {
                return sink.report(
                    key, NodeReader.documentPath, "expected a compose key, found \(NodeReader.kindName(key))")
            }
            if Self.rootFields.set.contains(name) {
                fields.append(name, key: key, value: value)
            } else if !name.hasPrefix("x-") {
                sink.report(
                    key, name,
                    ComposeServiceTranslator.refusal(name, among: Self.rootFields, refused: Self.refusedRootKeys))
            }
        }
        let project = projectName(fields, reader: reader)
        let declaredVolumes = self.declaredVolumes(fields, reader: reader)
        let defaults =
            fields["x-berth"].flatMap { reader.mapping($0, "x-berth", Self.defaultFields) }.map { berth in
                Self.defaultFields.names.compactMap { name in berth[name].map { (name, $0, berth.path(name)) } }
            } ?? []
        guard let servicesNode = fields["services"] else {
            reader.missing(fields, "services", "the services to deploy, by name")
            return [fileDocument(sink, at: root, readable: false)]
        }
        guard let entries = reader.entries(servicesNode, "services") else {
            return [fileDocument(sink, at: root, readable: false)]
        }
        let folder = origin?.repositoryPath(of: file).map { path in
            path.split(separator: "/").dropLast().joined(separator: "/")
        }
        var services = entries.map { entry in
            let serviceSink = DiagnosticSink(file: file, lineOffset: lineOffset)
            var translator = ComposeServiceTranslator(
                reader: NodeReader(sink: serviceSink), path: Shown.path("services", entry.key), origin: origin,
                folder: folder, defaults: defaults)
            translator.translate(entry.value, declaredVolumes: declaredVolumes)
            return Service(
                name: entry.key, key: entry.keyNode, node: entry.value, sink: serviceSink, translator: translator)
        }
        checkSharedVolumes(services)
        let order = startOrder(&services)
        var documents = order.map { document(for: services[$0], project: project) }
        if !sink.isEmpty { documents.append(fileDocument(sink, at: root, readable: true)) }
        return documents
    }

    /// The project: `name:`, or the lower-cased name of the file's folder.
    private func projectName(_ fields: MappingFields, reader: NodeReader) -> String? {
        if let node = fields["name"] { return reader.nonEmptyString(node, "name") }
        let folders = file.split(separator: "/").dropLast().filter { $0 != "." && $0 != ".." }
        guard let folder = folders.last else {
            reader.sink.report(
                fields.node, "name",
                "is required here: the file's folder gives no project name (deployments are named "
                    + "<project>-<service>)")
            return nil
        }
        return folder.lowercased()
    }

    /// The named volumes of the top-level `volumes`, which berth creates itself (`berth-<deployment>-<name>`).
    private func declaredVolumes(_ fields: MappingFields, reader: NodeReader) -> Set<String> {
        guard let node = fields["volumes"], let entries = reader.entries(node, "volumes") else { return [] }
        for entry in entries where !NodeReader.isNull(entry.value) {
            if case .mapping(let options) = entry.value, options.count == 0 { continue }
            reader.sink.report(
                entry.value, Shown.path("volumes", entry.key),
                "berth creates its volumes itself (berth-<deployment>-<name>), so a volume takes no options; "
                    + "declare it as \(entry.key): {}")
        }
        return Set(entries.map(\.key))
    }

    /// A named volume belongs to one deployment: a second service mounting it is reported there.
    private func checkSharedVolumes(_ services: [Service]) {
        var owners: [String: String] = [:]
        for service in services {
            for volume in service.translator.namedVolumes {
                if let owner = owners[volume.name], owner != service.name {
                    service.sink.report(
                        volume.node, Shown.path("services", service.name) + ".volumes",
                        "volume \(Shown.quoted(volume.name)) is also mounted by service \(owner); a berth volume "
                            + "belongs to one deployment (berth-<deployment>-<name>), so services cannot share one")
                }
                owners[volume.name] = owners[volume.name] ?? service.name
            }
        }
    }

    /// Indexes into `services`, each after the services it depends on (file order otherwise); an unknown service
    /// or a cycle is reported at the `depends_on` entry that names it.
    private func startOrder(_ services: inout [Service]) -> [Int] {
        let index = Dictionary(services.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        var edges: [[(target: Int, node: Node)]] = []
        for service in services {
            var targets: [(target: Int, node: Node)] = []
            for dependency in service.translator.dependsOn {
                if let target = index[dependency.service] {
                    targets.append((target, dependency.node))
                } else {
                    service.sink.report(
                        dependency.node, Shown.path("services", service.name) + ".depends_on",
                        "\(Shown.quoted(dependency.service)) is not a service of this file (services: "
                            + services.map(\.name).joined(separator: ", ") + ")")
                }
            }
            edges.append(targets)
        }
        let graph = ComposeStartOrder(edges: edges.map { $0.map(\.target) })
        for cycle in graph.cycles {
            let names = (cycle + [cycle[0]]).map { services[$0].name }.joined(separator: " → ")
            for (position, member) in cycle.enumerated() {
                let next = cycle[(position + 1) % cycle.count]
                guard let edge = edges[member].first(where: { $0.target == next }) else { continue }
                services[member].sink.report(
                    edge.node, Shown.path("services", services[member].name) + ".depends_on",
                    "\(names) is a cycle: none of these services could start first; remove one of the dependencies")
            }
        }
        for position in services.indices {
            services[position].dependencies = edges[position].map { services[$0.target].name }
        }
        return graph.order
    }

    private func document(for service: Service, project: String?) -> DecodedDocument {
        let decoderSink = DiagnosticSink(file: file, lineOffset: lineOffset)
        let name = project.map { "\($0)-\(service.name)" } ?? ""
        let root = service.translator.document(name: name, at: service.key, serviceNode: service.node)
        var decoder = DeploymentDecoder(
            reader: NodeReader(sink: decoderSink), controller: controller, secretKey: secretKey)
        decoder.artifactReported = service.translator.buildReported
        var document = decoder.decode(root)
        // Without a project the name is reported once, at the file's `name`, not again for every service; with one,
        // a name problem says where the name came from.
        let decoded = document.diagnostics.compactMap { diagnostic -> Diagnostic? in
            guard diagnostic.path == "metadata.name" else { return diagnostic }
            guard project != nil else { return nil }
            return Diagnostic(
                file: diagnostic.file, line: diagnostic.line, column: diagnostic.column, path: diagnostic.path,
                message: diagnostic.message + "; a compose service is deployed as <project>-<service>, the project "
                    + "being the file's name: or its folder's name")
        }
        document.diagnostics = service.translator.table.translate(decoded) + service.sink.diagnostics
        document.composePaths = service.translator.table
        if let project { document.dependsOn = service.dependencies.map { "\(project)-\($0)" } }
        return document
    }

    private func fileDocument(_ sink: DiagnosticSink, at root: Node, readable: Bool) -> DecodedDocument {
        var document = DecodedDocument(
            file: file, line: sink.position(of: root).line, name: nil, namePosition: nil, labels: [:], spec: nil,
            hostPorts: [], diagnostics: sink.diagnostics)
        document.isReadable = readable
        return document
    }
}
