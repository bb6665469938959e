import Yams

/// Turns one compose service into the `kind: Deployment` document that declares the same thing, field by field,
/// so that the manifest decoder checks and normalises it exactly as it would a manifest (same policy checks, same
/// spec, same spec hash).
///
/// Problems only compose syntax can have (a key berth cannot honour, a port written `a:b:c:d`) are reported here,
/// under their compose paths; everything else is left to the manifest decoder and renamed through ``table``.
struct ComposeServiceTranslator {
    static let serviceFields = FieldSet(
        "image", "build", "environment", "ports", "volumes", "healthcheck", "deploy", "restart", "command", "init",
        "depends_on", "network_mode", "stop_grace_period", "privileged", "cap_add", "devices", "pull_policy", "user",
        "x-berth")
    /// `x-berth` of a service: berth's own settings, each read as the manifest field of the same name.
    static let berthFields = FieldSet(
        "source", "pull", "review", "route", "rollout", "drift", "health", "secretEnv", "strategy", "suspend",
        "labels")
    /// Compose keys berth refuses, with what to do instead.
    static let refusedKeys: [String: String] = [
        "links": "berth does not link containers; services reach each other through published ports or the router",
        "extends": "berth reads each compose file on its own; write the service out in full",
        "entrypoint": "berth manifests have no entrypoint override; set ENTRYPOINT in the Dockerfile, or use command",
        "container_name": "berth names containers <deployment>-<generation> itself",
        "env_file": "berth reads no env files; list values under environment, sealed ones under x-berth.secretEnv",
        "labels": "container labels are berth's own; x-berth.labels sets the deployment's labels",
        "networks": "a service runs on the default bridge or with network_mode: host",
        "secrets": "seal values with `berth secret seal` and list them under x-berth.secretEnv",
        "profiles": "every service of a compose file is deployed",
        "mem_limit": "set deploy.resources.limits.memory",
        "cpus": "set deploy.resources.limits.cpus",
        "expose": "list the port under ports (berth publishes it on a host port of its own)",
    ]

    let reader: NodeReader
    /// `services.<service>`.
    let path: String
    /// Where a `build:` context is resolved: the config repository, and the compose file's folder in it.
    let origin: ConfigOrigin?
    let folder: String?
    /// The compose file's top-level `x-berth` fields: defaults for every service.
    let defaults: [(name: String, node: Node, path: String)]

    private(set) var spec: [(name: String, node: Node)] = []
    private(set) var table: ComposePathTable
    private(set) var labels: Node?
    /// The services this one starts after, with the node naming each.
    var dependsOn: [(service: String, node: Node)] = []
    /// The named volumes it mounts, with the node naming each.
    var namedVolumes: [(name: String, node: Node)] = []
    /// Whether `build` was reported as wrong (the manifest decoder then need not say that nothing is built).
    var buildReported = false
    /// `healthcheck.retries`, which becomes `rollout.failureThreshold`.
    var retries: Node?
    var sink: DiagnosticSink { reader.sink }

    init(
        reader: NodeReader, path: String, origin: ConfigOrigin?, folder: String?,
        defaults: [(name: String, node: Node, path: String)]
    ) {
        self.reader = reader
        self.path = path
        self.origin = origin
        self.folder = folder
        self.defaults = defaults
        table = ComposePathTable(servicePath: path)
    }

    /// Reads the service's mapping, field by field.
    mutating func translate(_ node: Node, declaredVolumes: Set<String>) {
        guard case .mapping(let mapping) = node else {
            sink.report(node, path, "expected a mapping of compose keys, found \(NodeReader.kindName(node))")
            return
        }
        var fields = MappingFields(node: node, path: path)
        mapping.forEachPair { key, value in
            guard let name = key.scalar?.string else {
                sink.report(key, path, "expected a compose key, found \(NodeReader.kindName(key))")
                return
            }
            if Self.serviceFields.set.contains(name) {
                fields.append(name, key: key, value: value)
            } else if !name.hasPrefix("x-") {
                sink.report(
                    key, Shown.path(path, name),
                    Self.refusal(name, among: Self.serviceFields, refused: Self.refusedKeys))
            }
        }
        let berth = fields["x-berth"].flatMap { reader.mapping($0, fields.path("x-berth"), Self.berthFields) }
        translateArtifact(fields, berth: berth)
        let special: [(String, (inout Self, Node, String) -> Void)] = [
            ("environment", { $0.translateEnvironment($1, path: $2) }),
            ("ports", { $0.translatePorts($1, path: $2) }),
            ("volumes", { $0.translateVolumes($1, path: $2, declared: declaredVolumes) }),
            ("healthcheck", { $0.translateHealth($1, path: $2) }),
            ("deploy", { $0.translateDeploy($1, path: $2) }),
            ("restart", { $0.translateRestart($1, path: $2) }),
            ("command", { $0.translateCommand($1, path: $2) }),
            ("network_mode", { $0.translateNetworkMode($1, path: $2) }),
            ("depends_on", { $0.translateDependsOn($1, path: $2) }),
        ]
        for (name, translate) in special {
            if let value = fields[name] { translate(&self, value, fields.path(name)) }
        }
        // Keys whose value is the manifest field's as it stands.
        for (name, field) in [
            ("init", "init"), ("stop_grace_period", "stopGracePeriod"), ("privileged", "privileged"),
            ("cap_add", "capAdd"), ("devices", "devices"), ("user", "user"),
        ] {
            if let value = fields[name] { put(field, value, from: fields.path(name)) }
        }
        translateBerth(berth)
    }

    /// The `kind: Deployment` document for deployment `name`, placed at the service's key.
    func document(name: String, at key: Node, serviceNode: Node) -> Node {
        var metadata: [(String, Node)] = [("name", SyntheticNode.scalar(name, at: key))]
        if let labels { metadata.append(("labels", labels)) }
        return SyntheticNode.mapping(
            [
                ("apiVersion", SyntheticNode.scalar("berth/v1", at: key)),
                ("kind", SyntheticNode.scalar("Deployment", at: key)),
                ("metadata", SyntheticNode.mapping(metadata, at: key)),
                ("spec", SyntheticNode.mapping(spec.map { ($0.name, $0.node) }, at: serviceNode)),
            ], at: key)
    }

    // MARK: Fields

    /// Sets manifest field `spec.<field>` from compose path `composePath`; a field set twice (`healthcheck` and
    /// `x-berth.health`, say) is reported at the second.
    mutating func put(_ field: String, _ node: Node, from composePath: String) {
        let manifestPath = "spec." + field
        if spec.contains(where: { $0.name == field }) {
            let first = table.composePath(of: manifestPath)
            sink.report(node, composePath, "sets what \(first) already sets (spec.\(field)); keep one of them")
            return
        }
        spec.append((field, node))
        table.add(manifestPath, composePath)
    }

    mutating func mapPath(_ manifest: String, _ compose: String) {
        table.add(manifest, compose)
    }

    private mutating func translateBerth(_ berth: MappingFields?) {
        var given = Set<String>()
        for name in Self.berthFields.names {
            guard let berth, let value = berth[name] else { continue }
            given.insert(name)
            placeBerthField(name, value, path: berth.path(name))
        }
        // A default review applies to the services that build; an image service has nothing to review.
        let builds = spec.contains { $0.name == "source" }
        for entry in defaults where !given.contains(entry.name) && (entry.name != "review" || builds) {
            placeBerthField(entry.name, entry.node, path: entry.path)
        }
        if let retries { mergeRetries(retries) }
    }

    private mutating func placeBerthField(_ name: String, _ value: Node, path composePath: String) {
        switch name {
        case "labels":
            labels = value
            table.add("metadata.labels", composePath)
        case "source":
            break  // read with the artifact
        default:
            put(name, value, from: composePath)
        }
    }

    /// `healthcheck.retries` is how many failed checks in a row count as a failure: `rollout.failureThreshold`.
    private mutating func mergeRetries(_ retries: Node) {
        let retriesPath = Shown.path(path, "healthcheck") + ".retries"
        guard let index = spec.firstIndex(where: { $0.name == "rollout" }) else {
            put("rollout", SyntheticNode.mapping([("failureThreshold", retries)], at: retries), from: retriesPath)
            table.add("spec.rollout.failureThreshold", retriesPath)
            return
        }
        guard case .mapping(var rollout) = spec[index].node else { return }  // the decoder reports the mapping
        if rollout.keys.contains(where: { $0.scalar?.string == "failureThreshold" }) {
            sink.report(
                retries, retriesPath,
                "sets what \(table.composePath(of: "spec.rollout.failureThreshold")) already sets "
                    + "(spec.rollout.failureThreshold); keep one of them")
            return
        }
        rollout[SyntheticNode.scalar("failureThreshold", at: retries)] = retries
        spec[index].node = .mapping(rollout)
        table.add("spec.rollout.failureThreshold", retriesPath)
    }

    /// What berth says about compose key `name`, which it does not read: the reason `refused` gives, a suggestion
    /// among `supported` for a misspelling, or the list of what is supported.
    static func refusal(_ name: String, among supported: FieldSet, refused: [String: String]) -> String {
        if let reason = refused[name] { return "berth cannot honour compose key \(Shown.quoted(name)): \(reason)" }
        if let suggestion = EditDistance.suggestion(for: name, among: supported.names) {
            return "unknown compose key \(Shown.quoted(name)); did you mean \"\(suggestion)\"?"
        }
        return "berth cannot honour compose key \(Shown.quoted(name)) (supported: "
            + supported.names.joined(separator: ", ") + ")"
    }
}
