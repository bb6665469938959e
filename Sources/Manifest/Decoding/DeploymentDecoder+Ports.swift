import Yams

extension DeploymentDecoder {
    static let portFields = FieldSet("container", "host", "hostIP")

    func decodeNetwork(_ node: Node) -> NetworkMode {
        guard let text = reader.string(node, "spec.network") else { return .bridge }
        switch text {
        case "bridge":
            return .bridge
        case "host":
            if !policy.allowHostNetwork {
                sink.report(
                    node, "spec.network",
                    "host networking is not allowed by the controller policy "
                        + "(policy.allowHostNetwork: false); use bridge or a named network")
            }
            return .host
        default:
            if !Names.isDockerName(text) {
                sink.report(
                    node, "spec.network",
                    "\(Shown.value(text)) is not a network (bridge, host, or the name "
                        + "of an existing Docker network: letters, digits, '_', '.' and '-')")
            }
            return .named(text)
        }
    }

    /// Ports with `hostIP` resolved; checks duplicates inside the deployment and the `network: host` rules.
    func decodePorts(_ node: Node, network: NetworkMode) -> [DecodedPort]? {
        guard let items = reader.list(node, "spec.ports") else { return nil }
        var ports: [DecodedPort] = []
        var valid = true
        var containerSeen: [Int: String] = [:]
        var hostSeen: [Int: String] = [:]
        for (index, item) in items.enumerated() {
            let path = "spec.ports[\(index)]"
            guard let port = decodePort(item, path: path, network: network) else {
                valid = false
                continue
            }
            if let first = containerSeen[port.mapping.container] {
                sink.report(port.node, path + ".container", "\(port.mapping.container) is already listed at \(first)")
                valid = false
            }
            containerSeen[port.mapping.container] = containerSeen[port.mapping.container] ?? path
            if let host = port.mapping.host, network != .host {
                if let first = hostSeen[host] {
                    sink.report(
                        port.hostNode ?? port.node, path + ".host",
                        "host port \(host) is already used at "
                            + first)
                    valid = false
                }
                hostSeen[host] = hostSeen[host] ?? path
            }
            ports.append(port)
        }
        return valid ? ports : nil
    }

    private func decodePort(_ node: Node, path: String, network: NetworkMode) -> DecodedPort? {
        guard let fields = reader.mapping(node, path, Self.portFields) else { return nil }
        guard let containerNode = fields["container"] else {
            reader.missing(fields, "container", "the port the app listens on")
            return nil
        }
        let container = reader.port(containerNode, path + ".container")
        var host: Int?
        var valid = container != nil
        if let hostNode = fields["host"] {
            host = reader.port(hostNode, path + ".host")
            if host == nil { valid = false }
            if network == .host, let host, let container, host != container {
                sink.report(
                    hostNode, path + ".host",
                    "with network: host nothing is mapped: host must equal "
                        + "container (\(container)) or be left out")
                valid = false
            }
        }
        var hostIP = network != .host && host != nil ? "0.0.0.0" : "127.0.0.1"
        if let ipNode = fields["hostIP"] {
            if network == .host {
                sink.report(
                    ipNode, path + ".hostIP",
                    "has no effect with network: host (the app binds its own "
                        + "address); remove it")
                valid = false
            } else if let text = reader.string(ipNode, path + ".hostIP") {
                if IPAddress.isValid(text) {
                    hostIP = text
                } else {
                    sink.report(
                        ipNode, path + ".hostIP",
                        "\(Shown.value(text)) is not an IP address (e.g. 127.0.0.1, "
                            + "0.0.0.0 or ::1)")
                    valid = false
                }
            } else {
                valid = false
            }
        }
        guard valid, let container else { return nil }
        let resolvedHost = network == .host ? container : host
        return DecodedPort(
            mapping: PortMapping(container: container, host: resolvedHost, hostIP: hostIP), node: containerNode,
            hostNode: fields["host"], path: path)
    }

    /// `stop-first` when a host port is fixed, `start-first` otherwise; an explicit `start-first` with a fixed
    /// port is refused, because two generations cannot hold one port.
    func decodeStrategy(_ spec: MappingFields, ports: [DecodedPort], network: NetworkMode) -> Strategy? {
        let fixed = network == .host ? ports.first : ports.first { $0.mapping.host != nil }
        guard let node = spec["strategy"] else { return fixed == nil ? .startFirst : .stopFirst }
        guard let strategy: Strategy = reader.choice(node, "spec.strategy", what: "a strategy") else { return nil }
        if strategy == .startFirst, let fixed {
            let holder =
                network == .host
                ? "\(fixed.path) fixes port \(fixed.mapping.container) with network: host"
                : "\(fixed.path).host fixes host port \(fixed.mapping.host ?? 0)"
            sink.report(
                node, "spec.strategy",
                "start-first cannot be used because \(holder): two generations cannot "
                    + "hold one port; drop the host port and add a route, or use stop-first")
            return nil
        }
        return strategy
    }
}
