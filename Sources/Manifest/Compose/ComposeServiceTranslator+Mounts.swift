import Yams

extension ComposeServiceTranslator {
    static let portFields = FieldSet("target", "published", "host_ip", "protocol")
    static let volumeFields = FieldSet("type", "source", "target", "read_only")

    /// `ports`: `"[HOST_IP:]HOST:CONTAINER"`, `"CONTAINER"` (berth picks the host port) or the long form.
    mutating func translatePorts(_ node: Node, path: String) {
        guard let items = reader.list(node, path) else { return }
        var ports: [Node] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard let port = translatePort(item, path: itemPath) else { continue }
            mapPath("spec.ports[\(ports.count)]", itemPath)
            ports.append(port)
        }
        put("ports", SyntheticNode.sequence(ports, at: node), from: path)
    }

    private func translatePort(_ item: Node, path: String) -> Node? {
        if case .mapping = item {
            guard let fields = reader.mapping(item, path, Self.portFields) else { return nil }
            if let protocolNode = fields["protocol"], !isTCP(protocolNode, path: fields.path("protocol")) { return nil }
            let renamed = [("target", "container"), ("published", "host"), ("host_ip", "hostIP")]
            return SyntheticNode.mapping(
                renamed.compactMap { name, field in fields[name].map { (field, $0) } }, at: item)
        }
        guard let text = reader.scalarText(item, path, "a port mapping or a mapping") else { return nil }
        var mapping = Substring(text)
        if let slash = mapping.lastIndex(of: "/") {
            let proto = mapping[mapping.index(after: slash)...]
            guard proto == "tcp" else {
                sink.report(item, path, "\(Shown.value(text)): berth publishes TCP ports only")
                return nil
            }
            mapping = mapping[..<slash]
        }
        var hostIP: Substring?
        if mapping.hasPrefix("["), let close = mapping.firstIndex(of: "]"),
            mapping[mapping.index(after: close)...].hasPrefix(":")
        {
            hostIP = mapping[mapping.index(after: mapping.startIndex)..<close]
            mapping = mapping[mapping.index(close, offsetBy: 2)...]
        }
        var parts = mapping.split(separator: ":", omittingEmptySubsequences: false)
        if hostIP == nil, parts.count == 3 { hostIP = parts.removeFirst() }
        guard (1...2).contains(parts.count), !parts.contains(where: { $0.contains("-") }) else {
            let problem =
                parts.contains { $0.contains("-") } ? "port ranges are not supported" : "is not a port mapping"
            sink.report(
                item, path, "\(Shown.value(text)): \(problem) ([HOST_IP:]HOST:CONTAINER, or CONTAINER alone)")
            return nil
        }
        var pairs: [(String, Node)] = [("container", SyntheticNode.scalar(String(parts[parts.count - 1]), at: item))]
        if parts.count == 2, !parts[0].isEmpty {
            pairs.append(("host", SyntheticNode.scalar(String(parts[0]), at: item)))
        }
        if let hostIP { pairs.append(("hostIP", SyntheticNode.scalar(String(hostIP), at: item))) }
        return SyntheticNode.mapping(pairs, at: item)
    }

    private func isTCP(_ node: Node, path: String) -> Bool {
        guard let text = reader.string(node, path) else { return false }
        if text != "tcp" { sink.report(node, path, "\(Shown.value(text)): berth publishes TCP ports only") }
        return text == "tcp"
    }

    /// `volumes`: `NAME:/path[:ro]` for a volume declared under the top-level `volumes`, `/host/path:/path[:ro]`
    /// where the controller policy allows host paths, or the long form with `type: volume | bind`.
    mutating func translateVolumes(_ node: Node, path: String, declared: Set<String>) {
        guard let items = reader.list(node, path) else { return }
        var volumes: [Node] = []
        for (index, item) in items.enumerated() {
            let itemPath = "\(path)[\(index)]"
            guard let mount = translateVolume(item, path: itemPath, declared: declared) else { continue }
            mapPath("spec.volumes[\(volumes.count)]", itemPath)
            volumes.append(mount)
        }
        put("volumes", SyntheticNode.sequence(volumes, at: node), from: path)
    }

    private mutating func translateVolume(_ item: Node, path: String, declared: Set<String>) -> Node? {
        var source: (text: String, node: Node)?
        var target: Node?
        var readOnly: Node?
        var type: String?
        if case .mapping = item {
            guard let fields = reader.mapping(item, path, Self.volumeFields) else { return nil }
            if let typeNode = fields["type"] {
                type = reader.string(typeNode, fields.path("type"))
                guard type == "volume" || type == "bind" else {
                    if let type {
                        sink.report(
                            typeNode, fields.path("type"),
                            "\(Shown.value(type)) is not a mount berth makes (volume or bind)")
                    }
                    return nil
                }
            }
            source = fields["source"].flatMap { node in reader.string(node, fields.path("source")).map { ($0, node) } }
            target = fields["target"]
            readOnly = fields["read_only"]
            if target == nil { reader.missing(fields, "target", "the absolute path inside the container") }
        } else {
            guard let text = reader.string(item, path) else { return nil }
            let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            guard (2...3).contains(parts.count) else {
                sink.report(
                    item, path,
                    "\(Shown.value(text)) is not a mount berth makes: give NAME:/path (a volume declared under the "
                        + "top-level volumes) or /host/path:/path, with :ro to mount it read-only")
                return nil
            }
            if parts.count == 3 {
                guard parts[2] == "ro" || parts[2] == "rw" else {
                    sink.report(item, path, "\(Shown.value(parts[2])) is not a mount option berth honours (ro or rw)")
                    return nil
                }
                readOnly = SyntheticNode.scalar(parts[2] == "ro" ? "true" : "false", at: item)
            }
            source = (parts[0], item)
            target = SyntheticNode.scalar(parts[1], at: item)
        }
        guard let source, let target else {
            if target != nil { sink.report(item, path, "has no source; anonymous volumes are not supported: name it") }
            return nil
        }
        let isHostPath = type == "bind" || (type == nil && (source.text.hasPrefix("/") || source.text.hasPrefix(".")))
        var pairs: [(String, Node)] = []
        if isHostPath {
            guard source.text.hasPrefix("/") else {
                sink.report(
                    source.node, path,
                    "\(Shown.quoted(source.text)) is a relative host path; berth has no checkout of the config "
                        + "repository to mount from: use a named volume, or an absolute path the policy allows")
                return nil
            }
            pairs.append(("hostPath", SyntheticNode.scalar(source.text, at: source.node)))
        } else {
            guard declared.contains(source.text) else {
                sink.report(
                    source.node, path,
                    "volume \(Shown.quoted(source.text)) is not declared under the top-level volumes")
                return nil
            }
            namedVolumes.append((source.text, source.node))
            pairs.append(("name", SyntheticNode.scalar(source.text, at: source.node)))
        }
        pairs.append(("mountPath", target))
        if let readOnly { pairs.append(("readOnly", readOnly)) }
        return SyntheticNode.mapping(pairs, at: item)
    }

    static let healthFields = FieldSet("test", "interval", "timeout", "retries", "start_period", "disable")

    /// `healthcheck`: `test` becomes an exec probe (run by Docker, as a manifest's `health.exec`), `interval`,
    /// `timeout` and `start_period` its settings, and `retries` the failed checks in a row that count as a failure.
    mutating func translateHealth(_ node: Node, path: String) {
        guard let fields = reader.mapping(node, path, Self.healthFields) else { return }
        if let disable = fields["disable"], reader.bool(disable, fields.path("disable")) != false { return }
        guard let test = fields["test"] else {
            return reader.missing(fields, "test", "the check, e.g. [CMD, cat, /tmp/ready]")
        }
        guard let exec = healthCommand(test, path: fields.path("test")) else { return }
        var pairs: [(String, Node)] = [("exec", exec)]
        mapPath("spec.health.exec", fields.path("test"))
        for (name, field) in [("interval", "interval"), ("timeout", "timeout"), ("start_period", "startPeriod")] {
            guard let value = fields[name] else { continue }
            pairs.append((field, value))
            mapPath("spec.health.\(field)", fields.path(name))
        }
        put("health", SyntheticNode.mapping(pairs, at: node), from: path)
        retries = fields["retries"]
    }

    /// `[CMD, arg...]`, `[CMD-SHELL, command]` or a string (run by `/bin/sh -c`); nil for `[NONE]` or when wrong.
    private func healthCommand(_ node: Node, path: String) -> Node? {
        if case .scalar = node {
            return reader.string(node, path).map { shell($0, at: node) }
        }
        guard let items = reader.stringList(node, path), let first = items.first else {
            if case .sequence(let list) = node, list.isEmpty { sink.report(node, path, "must not be empty") }
            return nil
        }
        let rest = items.dropFirst()
        switch first.value {
        case "CMD": return SyntheticNode.sequence(rest.map(\.node), at: node)
        case "CMD-SHELL": return shell(rest.map(\.value).joined(separator: " "), at: node)
        case "NONE": return nil
        default:
            sink.report(first.node, path + "[0]", "\(Shown.value(first.value)) is not CMD, CMD-SHELL or NONE")
            return nil
        }
    }

    private func shell(_ command: String, at node: Node) -> Node {
        SyntheticNode.sequence(["/bin/sh", "-c", command].map { SyntheticNode.scalar($0, at: node) }, at: node)
    }
}
