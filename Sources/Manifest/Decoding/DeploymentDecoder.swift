import Yams

/// Decodes one `kind: Deployment` document into a ``DeploymentSpec``, reporting every problem at its node.
///
/// Decoding never stops at the first problem: each field is read and checked independently, and the spec is
/// built only when nothing was reported.
struct DeploymentDecoder {
    static let rootFields = FieldSet("apiVersion", "kind", "metadata", "spec")
    static let metadataFields = FieldSet("name", "labels")
    static let specFields = FieldSet(
        "source", "image", "pull", "build", "review", "env", "secretEnv", "network", "ports", "volumes", "resources",
        "command", "restartPolicy", "stopGracePeriod", "privileged", "capAdd", "devices", "health", "strategy",
        "route", "rollout", "drift", "suspend", "init", "replicas", "placement", "user")
    static let driftFields = FieldSet("mode", "files")

    let reader: NodeReader
    let controller: ControllerConfig
    /// The controller's key, when known: sealed values must open for this deployment and variable.
    var secretKey: SecretKeyPair? = nil
    /// Whether what the deployment runs was already reported as wrong where it was written (a compose service's
    /// `build:`), so that a missing `source` or `image` is not reported again.
    var artifactReported = false
    var sink: DiagnosticSink { reader.sink }
    var policy: Policy { controller.policy }

    func decode(_ root: Node) -> DecodedDocument {
        let line = sink.position(of: root).line
        if let kind = NodeReader.peekString(root, "kind"), kind != "Deployment" {
            reader.checkHeader(MappingFields(node: root, path: "", root: root), kind: "Deployment")
            return DecodedDocument(
                file: sink.file, line: line, name: nil, namePosition: nil, labels: [:], spec: nil, hostPorts: [],
                diagnostics: sink.diagnostics)
        }
        guard let fields = reader.mapping(root, "", Self.rootFields) else {
            return DecodedDocument(
                file: sink.file, line: line, name: nil, namePosition: nil, labels: [:], spec: nil, hostPorts: [],
                diagnostics: sink.diagnostics)
        }
        reader.checkHeader(fields, kind: "Deployment")
        let (name, nameNode, labels) = decodeMetadata(fields)
        var spec: DeploymentSpec?
        var hostPorts: [DecodedDocument.HostPort] = []
        var route: DecodedDocument.RouteClaim?
        if let specNode = fields["spec"] {
            (spec, hostPorts, route) = decodeSpec(specNode, name: name, labels: labels)
        } else {
            reader.missing(fields, "spec", "the deployment's specification")
        }
        var document = DecodedDocument(
            file: sink.file, line: line, name: name, namePosition: nameNode.map(sink.sourcePosition),
            labels: labels ?? [:],
            spec: sink.isEmpty ? spec : nil, hostPorts: hostPorts, diagnostics: sink.diagnostics)
        document.route = route
        return document
    }

    private func decodeMetadata(_ root: MappingFields) -> (String?, Node?, [String: String]?) {
        guard let node = root["metadata"] else {
            reader.missing(root, "metadata", "at least metadata.name")
            return (nil, nil, nil)
        }
        guard let fields = reader.mapping(node, "metadata", Self.metadataFields) else { return (nil, nil, nil) }
        var name: String?
        if let nameNode = fields["name"] {
            if let text = reader.string(nameNode, "metadata.name") {
                if let problem = Names.deploymentNameProblem(text) {
                    sink.report(nameNode, "metadata.name", problem)
                } else {
                    name = text
                }
            }
        } else {
            reader.missing(fields, "name", "a DNS label such as \"web\"")
        }
        let labels = fields["labels"].flatMap { node in
            reader.stringMap(node, "metadata.labels") { key in
                if key.hasPrefix("berth.") { return "label keys starting with \"berth.\" are reserved for berth" }
                return Names.isLabelKey(key)
                    ? nil
                    : "\(Shown.quoted(key)) is not a label key (letters, digits, "
                        + "'.', '_', '-' and '/', starting and ending with a letter or digit)"
            }
        }
        return (name, name == nil ? nil : fields["name"], labels)
    }

    private func decodeSpec(_ node: Node, name: String?, labels: [String: String]?)
        -> (DeploymentSpec?, [DecodedDocument.HostPort], DecodedDocument.RouteClaim?)
    {
        guard let fields = reader.mapping(node, "spec", Self.specFields) else { return (nil, [], nil) }
        let artifact = decodeArtifact(fields)
        let env = fields["env"].flatMap { decodeEnv($0) }
        let secretEnv = fields["secretEnv"].flatMap {
            decodeSecretEnv($0, env: env ?? [:], envNode: fields["env"], deployment: name)
        }
        let network = fields["network"].map(decodeNetwork) ?? .bridge
        let ports = fields["ports"].flatMap { decodePorts($0, network: network) }
        let volumes = fields["volumes"].flatMap(decodeVolumes)
        let resources = fields["resources"].flatMap(decodeResources)
        checkQuotaResources(fields, resources: resources, labels: labels)
        let command = fields["command"].flatMap { decodeCommand($0, "spec.command") }
        let restartPolicy: RestartPolicy? = fields["restartPolicy"].flatMap {
            reader.choice($0, "spec.restartPolicy", what: "a restart policy")
        }
        let stopGracePeriod = fields["stopGracePeriod"].flatMap {
            reader.duration($0, "spec.stopGracePeriod", positive: false)
        }
        let privileged = fields["privileged"].flatMap(decodePrivileged)
        let capAdd = fields["capAdd"].flatMap(decodeCapabilities)
        let devices = fields["devices"].flatMap(decodeDevices)
        // `nil` when spec.ports is present but invalid: checks that need the ports are then skipped.
        let knownPorts: [PortMapping]? = fields.has("ports") ? ports?.map(\.mapping) : []
        let portList = knownPorts ?? []
        let health = fields["health"].map { decodeHealth($0, ports: knownPorts, network: network) }
        let runsInit = fields["init"].flatMap { reader.bool($0, "spec.init") }
        let user = fields["user"].flatMap(decodeUser)
        let strategy = decodeStrategy(fields, ports: ports ?? [], network: network)
        let route = fields["route"].flatMap { decodeRoute($0, ports: knownPorts, network: network) }
        let rollout = fields["rollout"].map(decodeRollout) ?? RolloutPolicy.default
        let drift = fields["drift"].map(decodeDrift)
        let suspend = fields["suspend"].flatMap { reader.bool($0, "spec.suspend") }
        let replicas = fields["replicas"].map(decodeReplicas) ?? 1
        let placement = fields["placement"].map(decodePlacement) ?? Placement.anywhere
        checkRuntime(fields, replicas: replicas ?? 1, placement: placement ?? .anywhere, ports: portList)
        let hostPorts = hostPortsHeld(ports ?? [], network: network)
        // Claimed even when another field is wrong: the deployment may be running with this route.
        var claim: DecodedDocument.RouteClaim?
        if let route, let routeNode = fields["route"] {
            claim = .init(host: route.host, path: route.path, position: sink.sourcePosition(of: routeNode))
        }
        guard sink.isEmpty, let artifact, let strategy, let rollout, let replicas, let placement else {
            return (nil, hostPorts, claim)
        }
        let spec = DeploymentSpec(
            artifact: artifact, env: env ?? [:], secretEnv: secretEnv ?? [:], network: network, ports: portList,
            volumes: volumes ?? [], resources: resources ?? .unlimited, command: command,
            restartPolicy: restartPolicy ?? .unlessStopped, stopGracePeriod: stopGracePeriod ?? .seconds(10),
            privileged: privileged ?? false, capAdd: capAdd ?? [], devices: devices ?? [], health: health?.check,
            settle: health?.settle ?? HealthCheck.defaultSettle, runsInit: runsInit ?? false, user: user, strategy: strategy,
            route: route, rollout: rollout, replicas: replicas, placement: placement, drift: drift?.mode ?? .heal,
            driftFiles: drift?.files ?? false, suspend: suspend ?? false)
        return (spec, hostPorts, claim)
    }

    /// `spec.drift`: `heal`, `report`, or `{mode: heal|report, files: bool}`.
    private func decodeDrift(_ node: Node) -> (mode: DriftMode?, files: Bool?) {
        guard case .mapping = node else {
            return (reader.choice(node, "spec.drift", what: "a drift mode, or a mapping with mode and files"), nil)
        }
        guard let fields = reader.mapping(node, "spec.drift", Self.driftFields) else { return (nil, nil) }
        let mode: DriftMode? = fields["mode"].flatMap { reader.choice($0, "spec.drift.mode", what: "a drift mode") }
        let files = fields["files"].flatMap { reader.bool($0, "spec.drift.files") }
        return (mode, files)
    }

    private func hostPortsHeld(_ ports: [DecodedPort], network: NetworkMode) -> [DecodedDocument.HostPort] {
        ports.compactMap { port in
            if network == .host {
                return DecodedDocument.HostPort(
                    port: port.mapping.container, hostIP: "0.0.0.0", position: sink.sourcePosition(of: port.node),
                    path: port.path + ".container")
            }
            guard let host = port.mapping.host else { return nil }
            return DecodedDocument.HostPort(
                port: host, hostIP: port.mapping.hostIP, position: sink.sourcePosition(of: port.hostNode ?? port.node),
                path: port.path + ".host")
        }
    }
}
