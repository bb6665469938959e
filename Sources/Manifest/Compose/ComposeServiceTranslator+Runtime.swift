import Yams

extension ComposeServiceTranslator {
    static let deployFields = FieldSet("resources", "replicas")
    static let deployResourceFields = FieldSet("limits")
    static let limitFields = FieldSet("cpus", "memory")
    static let dependencyFields = FieldSet("condition")

    mutating func translateEnvironment(_ node: Node, path: String) {
        if let mapping = keyValueMapping(node, path: path) { put("env", mapping, from: path) }
    }

    /// `command: [..]`, or a string split as a shell would split it (quotes and backslashes, no expansion).
    mutating func translateCommand(_ node: Node, path: String) {
        guard case .scalar = node else { return put("command", node, from: path) }
        guard let text = reader.string(node, path) else { return }
        guard let words = ShellWords.split(text) else {
            sink.report(
                node, path, "\(Shown.quoted(text)) has an unclosed quote; close it, or write the command as a list")
            return
        }
        put("command", SyntheticNode.sequence(words.map { SyntheticNode.scalar($0, at: node) }, at: node), from: path)
    }

    /// `restart`: `no`, `always`, `unless-stopped` and `on-failure` are Docker's policies, as in a manifest.
    mutating func translateRestart(_ node: Node, path: String) {
        if let text = node.scalar?.string, text.hasPrefix("on-failure:") {
            sink.report(
                node, path,
                "\(Shown.value(text)): berth's on-failure restarts without a retry count; write on-failure")
            return
        }
        put("restartPolicy", node, from: path)
    }

    /// `network_mode`: `bridge` or `host`; sharing another service's or container's network is refused.
    mutating func translateNetworkMode(_ node: Node, path: String) {
        guard let text = reader.string(node, path) else { return }
        guard text == "bridge" || text == "host" else {
            sink.report(
                node, path,
                "\(Shown.value(text)) is not supported: berth replaces a service's container on every rollout, so "
                    + "it cannot share another service's or container's network; use bridge (the default) or host")
            return
        }
        put("network", node, from: path)
    }

    /// `deploy.resources.limits` (`cpus`, `memory` in compose's binary units) and `deploy.replicas`.
    mutating func translateDeploy(_ node: Node, path: String) {
        guard let deploy = reader.mapping(node, path, Self.deployFields) else { return }
        if let replicas = deploy["replicas"] { put("replicas", replicas, from: deploy.path("replicas")) }
        guard let resourcesNode = deploy["resources"],
            let resources = reader.mapping(resourcesNode, deploy.path("resources"), Self.deployResourceFields),
            let limitsNode = resources["limits"],
            let limits = reader.mapping(limitsNode, resources.path("limits"), Self.limitFields)
        else { return }
        var pairs: [(String, Node)] = []
        if let cpus = limits["cpus"] { pairs.append(("cpus", cpus)) }
        if let memory = limits["memory"], let text = reader.string(memory, limits.path("memory")) {
            guard let bytes = ComposeMemory.bytes(text) else {
                sink.report(
                    memory, limits.path("memory"),
                    "\(Shown.value(text)) is not a compose memory size (a number with b, k, m or g: 512m, 1g)")
                return
            }
            pairs.append(("memory", SyntheticNode.scalar(String(bytes), at: memory)))
        }
        put("resources", SyntheticNode.mapping(pairs, at: limitsNode), from: resources.path("limits"))
    }

    /// `depends_on: [service]` or `{service: {condition: service_started | service_healthy}}`: start order.
    mutating func translateDependsOn(_ node: Node, path: String) {
        switch node {
        case .sequence:
            for item in reader.stringList(node, path) ?? [] { dependsOn.append((item.value, item.node)) }
        case .mapping:
            for entry in reader.entries(node, path) ?? [] {
                let entryPath = Shown.path(path, entry.key)
                if NodeReader.isNull(entry.value) {
                    dependsOn.append((entry.key, entry.keyNode))
                    continue
                }
                guard let fields = reader.mapping(entry.value, entryPath, Self.dependencyFields) else { continue }
                if let condition = fields["condition"], let text = reader.string(condition, fields.path("condition")),
                    !["service_started", "service_healthy"].contains(text)
                {
                    sink.report(
                        condition, fields.path("condition"),
                        "\(Shown.value(text)) is not a condition berth honours (service_started or service_healthy: "
                            + "a dependency counts as started once its rollout succeeded)")
                    continue
                }
                dependsOn.append((entry.key, entry.keyNode))
            }
        default:
            sink.report(node, path, "expected a list of services or a mapping, found \(NodeReader.kindName(node))")
        }
    }
}

/// Compose's memory sizes (Docker's `RAMInBytes`): a number with `b`, `k`, `m`, `g` or `t` (binary units, any case,
/// an optional trailing `b`), e.g. `512m`, `1.5g`, `268435456`.
enum ComposeMemory {
    static func bytes(_ text: String) -> Int? {
        var rest = Substring(text.lowercased())
        if rest.hasSuffix("b") { rest = rest.dropLast() }
        let units: [Character: Double] = ["k": 0x1p10, "m": 0x1p20, "g": 0x1p30, "t": 0x1p40]
        var factor = 1.0
        if let unit = rest.last, let value = units[unit] {
            factor = value
            rest = rest.dropLast()
        }
        guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let number = Double(rest)
        else { return nil }
        let bytes = (number * factor).rounded()
        return bytes < 9e15 ? Int(bytes) : nil
    }
}
