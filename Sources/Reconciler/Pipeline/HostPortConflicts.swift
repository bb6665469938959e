import Drivers
import Manifest

/// A fixed host port (`spec.ports[i].host`) something else holds: found before a rollout stops anything when the
/// engine runs on this machine, and explained when the engine refuses the port, naming the field, the holder
/// (a container by name, a process from `/proc`) and what to do.
struct HostPortConflicts: Sendable {
    let engine: any ContainerEngine
    /// Bind tests and `/proc`; nil when the engine publishes ports on another machine.
    let probe: HostPortProbe?

    /// Plan time: for each deployment whose fixed host port is held by something other than its own containers and
    /// berth's other deployments (whose clashes the manifests' checks report), what holds it. Deployments with a
    /// running container of their own are skipped: that container is the expected holder.
    func check(_ deployments: [ResolvedDeployment], actual: [ActualContainer]) async -> [String: String] {
        guard let probe else { return [:] }
        var held: [(deployment: String, index: Int, mapping: PortMapping)] = []
        for resolved in deployments {
            let spec = resolved.deployment.spec
            let running = actual.filter { $0.deployment == resolved.name && $0.state == .running }
            for (index, mapping) in spec.ports.enumerated() {
                guard let port = mapping.host else { continue }
                let ownHolds = running.contains { spec.network == .host || $0.publishedPorts.contains(port) }
                if !ownHolds, !probe.isFree(mapping.hostIP, port: port) {
                    held.append((resolved.name, index, mapping))
                }
            }
        }
        guard !held.isEmpty else { return [:] }
        let containers = (try? await engine.listContainers(labels: [:])) ?? []
        let berthOwned = Set(actual.map(\.id))
        var conflicts: [String: String] = [:]
        for (deployment, index, mapping) in held where conflicts[deployment] == nil {
            guard let port = mapping.host else { continue }
            let holder = holder(of: port, among: containers, excluding: [])
            if case .container(let name) = holder,
                containers.contains(where: { Self.name(of: $0) == name && berthOwned.contains($0.id) })
            {
                continue
            }
            conflicts[deployment] = Self.message(index: index, port: port, address: mapping.hostIP, holder: holder)
        }
        return conflicts
    }

    /// Start time: the engine refused `candidate`'s port. The field, the address, the holder and what to do; the
    /// engine's own message when the port is none of `spec`'s.
    func explain(_ error: ContainerEngineError, spec: DeploymentSpec, candidate: String) async -> String {
        guard let port = error.takenHostPort,
            let index = spec.ports.firstIndex(where: { $0.host == port })
        else { return error.message }
        let containers = (try? await engine.listContainers(labels: [:])) ?? []
        let holder = holder(of: port, among: containers, excluding: [candidate])
        return Self.message(index: index, port: port, address: spec.ports[index].hostIP, holder: holder)
    }

    /// A running container publishing `port`, else the process listening on it, else ``HostPortHolder/unknown``.
    private func holder(of port: Int, among containers: [ContainerSummary], excluding names: Set<String>)
        -> HostPortHolder
    {
        if let container = containers.first(where: {
            $0.state == .running && !names.contains(Self.name(of: $0)) && $0.ports.contains { $0.hostPort == port }
        }) {
            return .container(Self.name(of: container))
        }
        // docker-proxy holds a container's published port: the container list above names it when it can.
        if let process = probe?.listeningProcess(port: port), process.name != "docker-proxy" {
            return .process(name: process.name, pid: process.pid)
        }
        return .unknown
    }

    /// The container's name without the engine's leading `/` (as ``ActualContainer`` reads it).
    private static func name(of container: ContainerSummary) -> String {
        container.name.hasPrefix("/") ? String(container.name.dropFirst()) : container.name
    }

    /// `spec.ports[0].host: host port 18080 on 127.0.0.1 is already in use by process python3 (pid 42); free it or
    /// choose another port`.
    static func message(index: Int, port: Int, address: String, holder: HostPortHolder) -> String {
        "spec.ports[\(index)].host: host port \(port) on \(address) is already in use by \(holder); "
            + "free it or choose another port"
    }
}
