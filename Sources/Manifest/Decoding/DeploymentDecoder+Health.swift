import Yams

extension DeploymentDecoder {
    static let healthFields = FieldSet(
        "http", "tcp", "exec", "interval", "timeout", "startPeriod", "healthyThreshold", "settle")
    static let probeSettingFields = ["interval", "timeout", "startPeriod", "healthyThreshold"]
    static let httpProbeFields = FieldSet("path", "port", "expectStatus")
    static let tcpProbeFields = FieldSet("port")

    /// `spec.health`: a probe with its settings, or — without a probe — only `settle`, how long a new container
    /// must keep running. `ports` is `nil` when `spec.ports` is invalid, and port checks are then skipped.
    func decodeHealth(
        _ node: Node, ports: [PortMapping]?, network: NetworkMode
    ) -> (check: HealthCheck?, settle: Duration?) {
        guard let fields = reader.mapping(node, "spec.health", Self.healthFields) else { return (nil, nil) }
        let probeNames = ["http", "tcp", "exec"].filter { fields.has($0) }
        let settle = fields["settle"].flatMap { reader.duration($0, "spec.health.settle", positive: false) }
        if let settleNode = fields["settle"], !probeNames.isEmpty {
            sink.report(
                fields.key("settle") ?? settleNode, fields.path("settle"),
                "applies only without a probe: with \(probeNames[0]) the candidate is ready once its checks pass")
            return (nil, nil)
        }
        if probeNames.isEmpty && fields.has("settle") {
            for name in Self.probeSettingFields where fields.has(name) {
                sink.report(
                    fields.key(name) ?? node, fields.path(name),
                    "is a probe setting, and spec.health has no probe: add http, tcp or exec, or leave only settle")
            }
            return (nil, settle)
        }
        var probe: HealthCheck.Probe?
        if probeNames.isEmpty {
            sink.report(
                node, "spec.health",
                "needs exactly one probe: http, tcp or exec (or only settle: how long a container without a check "
                    + "must keep running, e.g. settle: 2s)")
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
        guard let probe, let interval, let timeout, let startPeriod, let threshold else { return (nil, nil) }
        let check = HealthCheck(
            probe: probe, interval: interval, timeout: timeout, startPeriod: startPeriod, healthyThreshold: threshold)
        return (check, nil)
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
}
