import Yams

extension DeploymentDecoder {
    static let healthFields = FieldSet("http", "tcp", "exec", "interval", "timeout", "startPeriod", "healthyThreshold")
    static let httpProbeFields = FieldSet("path", "port", "expectStatus")
    static let tcpProbeFields = FieldSet("port")
    static let routeFields = FieldSet("host")

    /// The health check; `ports` is `nil` when `spec.ports` is invalid, and port checks are then skipped.
    func decodeHealth(_ node: Node, ports: [PortMapping]?, network: NetworkMode) -> HealthCheck? {
        guard let fields = reader.mapping(node, "spec.health", Self.healthFields) else { return nil }
        let probeNames = ["http", "tcp", "exec"].filter { fields.has($0) }
        var probe: HealthCheck.Probe?
        if probeNames.isEmpty {
            sink.report(node, "spec.health", "needs exactly one probe: http, tcp or exec")
        } else if probeNames.count > 1 {
            let second = probeNames[1]
            sink.report(
                fields.key(second) ?? node, fields.path(second),
                "only one probe is allowed; found "
                    + probeNames.joined(separator: " and "))
        } else {
            probe = decodeProbe(probeNames[0], fields, ports: ports, network: network)
        }
        let interval =
            fields["interval"].map { reader.duration($0, "spec.health.interval") }
            ?? HealthCheck.defaultInterval
        let timeout = fields["timeout"].map { reader.duration($0, "spec.health.timeout") } ?? HealthCheck.defaultTimeout
        let startPeriod =
            fields["startPeriod"].map { reader.duration($0, "spec.health.startPeriod") }
            ?? HealthCheck.defaultStartPeriod
        let threshold =
            fields["healthyThreshold"].map {
                reader.int($0, "spec.health.healthyThreshold", 1...100, what: "a number of passes")
            } ?? HealthCheck.defaultHealthyThreshold
        guard let probe, let interval, let timeout, let startPeriod, let threshold else { return nil }
        return HealthCheck(
            probe: probe, interval: interval, timeout: timeout, startPeriod: startPeriod, healthyThreshold: threshold)
    }

    private func decodeProbe(
        _ kind: String, _ health: MappingFields, ports: [PortMapping]?, network: NetworkMode
    ) -> HealthCheck.Probe? {
        guard let node = health[kind] else { return nil }
        let path = health.path(kind)
        switch kind {
        case "exec":
            return decodeCommand(node, path).map { .exec($0) }
        case "tcp":
            guard let fields = reader.mapping(node, path, Self.tcpProbeFields) else { return nil }
            let port = probePort(fields, node: node, ports: ports, network: network)
            return port.valid ? .tcp(port: port.port) : nil
        default:
            guard let fields = reader.mapping(node, path, Self.httpProbeFields) else { return nil }
            let port = probePort(fields, node: node, ports: ports, network: network)
            var urlPath: String? = "/"
            if let pathNode = fields["path"] {
                urlPath = reader.string(pathNode, fields.path("path"))
                if let text = urlPath, !text.hasPrefix("/") || text.unicodeScalars.contains(where: { $0.value <= 0x20 })
                {
                    sink.report(
                        pathNode, fields.path("path"),
                        "\(Shown.quoted(text)) is not a URL path (starts "
                            + "with '/', no spaces), e.g. /healthz")
                    urlPath = nil
                }
            }
            let status =
                fields["expectStatus"].map {
                    reader.int($0, fields.path("expectStatus"), 100...599, what: "an HTTP status")
                } ?? 200
            guard port.valid, let urlPath, let status else { return nil }
            return .http(path: urlPath, port: port.port, expectStatus: status)
        }
    }

    /// The probe's port: absent means the app's `PORT`; present, it must be one of `spec.ports` (when there are
    /// any), since probes reach the app only through its published port.
    private func probePort(
        _ fields: MappingFields, node: Node, ports: [PortMapping]?, network: NetworkMode
    ) -> (valid: Bool, port: Int?) {
        if ports?.isEmpty == true && network != .host {
            sink.report(
                node, fields.path,
                "has no port to reach: add spec.ports (probes reach the app at "
                    + "127.0.0.1:<host port>)")
            return (false, nil)
        }
        guard let portNode = fields["port"] else { return (true, nil) }
        guard let port = reader.port(portNode, fields.path("port")) else { return (false, nil) }
        if let ports, !ports.isEmpty, !ports.contains(where: { $0.container == port }) {
            let listed = ports.map { String($0.container) }.joined(separator: ", ")
            sink.report(
                portNode, fields.path("port"),
                "\(port) is not one of the container ports in spec.ports "
                    + "(\(listed))")
            return (false, nil)
        }
        return (true, port)
    }

    func decodeRoute(_ node: Node, ports: [PortMapping]?, network: NetworkMode) -> String? {
        guard let fields = reader.mapping(node, "spec.route", Self.routeFields) else { return nil }
        guard let hostNode = fields["host"] else {
            reader.missing(fields, "host", "the host name to route, e.g. web.example.com")
            return nil
        }
        guard let host = reader.string(hostNode, "spec.route.host") else { return nil }
        guard Names.isHostName(host) else {
            sink.report(
                hostNode, "spec.route.host",
                "\(Shown.value(host)) is not a host name (lower-case DNS "
                    + "labels separated by '.', e.g. web.example.com)")
            return nil
        }
        if ports?.isEmpty == true && network != .host {
            sink.report(node, "spec.route", "has no port to route to: add spec.ports")
            return nil
        }
        return host
    }
}
