/// How a service is reached (`EndpointSpec`): its published ports, and how its name resolves on its networks.
package struct SwarmEndpointSpec: Sendable, Hashable {
    /// `vip` (one virtual IP balanced over the tasks; needs IPVS) or `dnsrr` (the name resolves to every task's
    /// address). berth's services use `dnsrr`: the machines it is tested on have no IPVS.
    package struct Mode: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let vip = Self(rawValue: "vip")
        package static let dnsrr = Self(rawValue: "dnsrr")
    }

    package var mode: Mode
    package var ports: [SwarmPortConfig]

    package init(mode: Mode = .vip, ports: [SwarmPortConfig] = []) {
        self.mode = mode
        self.ports = ports
    }

    var wire: DockerWire.Swarm.EndpointSpec {
        .init(Mode: mode.rawValue, Ports: ports.isEmpty ? nil : ports.map(\.wire))
    }

    init(wire: DockerWire.Swarm.EndpointSpec?) {
        self.init(
            mode: Mode(rawValue: wire?.Mode ?? "vip"), ports: (wire?.Ports ?? []).map(SwarmPortConfig.init(wire:)))
    }
}
