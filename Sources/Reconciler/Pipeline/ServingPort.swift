import Manifest

/// Where a generation serves: the host port probes and the router reach on 127.0.0.1, and what the app is told in
/// `PORT` (DESIGN §2 "Ports").
struct ServingPort: Sendable, Hashable {
    /// The host port on 127.0.0.1 (the `berth.port` label); nil when the deployment serves nothing.
    let hostPort: Int?
    /// The value of `PORT` for the app; nil when the deployment serves nothing.
    let appPort: Int?
    /// Whether berth picked ``hostPort`` from `ports.range` (and may pick another when it is taken).
    let isAllocated: Bool
    /// The address the engine publishes ``hostPort`` on (`spec.ports[0].hostIP`): what berth says it serves on.
    var hostIP = "127.0.0.1"

    /// `0.0.0.0:18080`, `[::1]:18080`: where the generation is bound; nil when it serves nothing.
    var boundAddress: String? {
        hostPort.map { hostIP.contains(":") ? "[\(hostIP)]:\($0)" : "\(hostIP):\($0)" }
    }

    /// The serving port of `spec`, allocating one from `allocate` when the manifest fixes none.
    static func choose(for spec: DeploymentSpec, allocate: () -> Int?) -> ServingPort? {
        switch spec.network {
        case .host:
            if let first = spec.ports.first {
                return ServingPort(hostPort: first.container, appPort: first.container, isAllocated: false)
            }
            guard spec.strategy == .startFirst else { return ServingPort(hostPort: nil, appPort: nil, isAllocated: false) }
            guard let port = allocate() else { return nil }
            return ServingPort(hostPort: port, appPort: port, isAllocated: true)
        case .bridge, .named:
            guard let first = spec.ports.first else {
                return ServingPort(hostPort: nil, appPort: nil, isAllocated: false)
            }
            if let host = first.host {
                return ServingPort(
                    hostPort: host, appPort: first.container, isAllocated: false, hostIP: first.hostIP)
            }
            guard let port = allocate() else { return nil }
            return ServingPort(hostPort: port, appPort: first.container, isAllocated: true, hostIP: first.hostIP)
        }
    }

    /// The host port a probe reaches on 127.0.0.1: the serving port, or for `probePort` (a container port from
    /// `spec.ports`) the host port it is published on.
    func hostPort(forProbePort probePort: Int?, in spec: DeploymentSpec) -> Int? {
        guard let probePort else { return hostPort }
        if spec.network == .host { return probePort }
        guard let index = spec.ports.firstIndex(where: { $0.container == probePort }) else { return nil }
        return index == 0 ? hostPort : spec.ports[index].host
    }
}
