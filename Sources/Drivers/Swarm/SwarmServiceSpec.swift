/// Everything needed to create or update a Swarm service: what berth's swarm runtime hands the engine for one
/// deployment.
///
/// ```swift
/// var spec = SwarmServiceSpec(name: "web", image: "berth/web:0123456789ab")
/// spec.labels = ["berth.managed": "true", "berth.deployment": "web"]
/// spec.mode = .replicated(3)
/// spec.updateConfig = SwarmUpdateConfig(failureAction: .rollback, order: .startFirst)
/// spec.endpoint = SwarmEndpointSpec(mode: .dnsrr, ports: [SwarmPortConfig(targetPort: 8080, publishMode: .host)])
/// let id = try await swarm.createService(spec, auth: nil)
/// ```
package struct SwarmServiceSpec: Sendable, Hashable {
    /// `replicated` with a task count, or `global` (one task per eligible node).
    package enum Mode: Sendable, Hashable {
        case replicated(Int)
        case global
    }

    package var name: String
    /// The service's labels; unlike a container's, they can change in place on update.
    package var labels: [String: String] = [:]
    package var container: SwarmContainerSpec
    /// Limits per task (the engine's `Resources.Limits`).
    package var limits = ResourceLimits()
    /// What the scheduler sets aside per task on the node it picks (`Resources.Reservations`).
    package var reservations = ResourceLimits()
    /// `nil` for the engine's default (restart on any exit, after 5 s, without limit).
    package var restartPolicy: SwarmRestartPolicy?
    package var placement = SwarmPlacement()
    package var mode = Mode.replicated(1)
    /// `nil` for the engine's defaults (one task at a time, stop-first, pause on failure).
    package var updateConfig: SwarmUpdateConfig?
    package var rollbackConfig: SwarmUpdateConfig?
    /// Networks the tasks join, by name or id; read back, the engine gives ids.
    package var networks: [String] = []
    package var endpoint = SwarmEndpointSpec()
    /// A counter: raising it replaces every task even when nothing else changed (`docker service update --force`).
    package var forceUpdate = 0

    package init(name: String, image: String) {
        self.name = name
        container = SwarmContainerSpec(image: image)
    }

    /// The engine's create and update body.
    var wire: DockerWire.Swarm.ServiceSpec {
        let mode: DockerWire.Swarm.ServiceMode =
            switch self.mode {
            case .replicated(let replicas): .init(Replicated: .init(Replicas: UInt64(max(0, replicas))))
            case .global: .init(Global: .init())
            }
        let resources = DockerWire.Swarm.ResourceRequirements(
            Limits: Self.wire(limits), Reservations: Self.wire(reservations))
        let task = DockerWire.Swarm.TaskSpec(
            ContainerSpec: container.wire,
            Resources: resources.Limits == nil && resources.Reservations == nil ? nil : resources,
            RestartPolicy: restartPolicy?.wire, Placement: placement.wire,
            Networks: networks.isEmpty ? nil : networks.map { .init(Target: $0) },
            ForceUpdate: forceUpdate == 0 ? nil : UInt64(forceUpdate))
        return DockerWire.Swarm.ServiceSpec(
            Name: name, Labels: labels, TaskTemplate: task, Mode: mode, UpdateConfig: updateConfig?.wire,
            RollbackConfig: rollbackConfig?.wire, EndpointSpec: endpoint.wire)
    }

    init(wire: DockerWire.Swarm.ServiceSpec) {
        self.init(name: wire.Name, image: "")
        labels = wire.Labels ?? [:]
        if let container = wire.TaskTemplate.ContainerSpec {
            self.container = SwarmContainerSpec(wire: container)
        }
        limits = Self.limits(wire.TaskTemplate.Resources?.Limits)
        reservations = Self.limits(wire.TaskTemplate.Resources?.Reservations)
        restartPolicy = wire.TaskTemplate.RestartPolicy.map(SwarmRestartPolicy.init(wire:))
        placement = SwarmPlacement(wire: wire.TaskTemplate.Placement)
        mode =
            if wire.Mode?.Global != nil { .global } else { .replicated(Int(wire.Mode?.Replicated?.Replicas ?? 1)) }
        updateConfig = wire.UpdateConfig.map(SwarmUpdateConfig.init(wire:))
        rollbackConfig = wire.RollbackConfig.map(SwarmUpdateConfig.init(wire:))
        networks = (wire.TaskTemplate.Networks ?? []).map(\.Target)
        endpoint = SwarmEndpointSpec(wire: wire.EndpointSpec)
        forceUpdate = Int(wire.TaskTemplate.ForceUpdate ?? 0)
    }

    private static func wire(_ limits: ResourceLimits) -> DockerWire.Swarm.Resources? {
        if limits.cpus == nil && limits.memoryBytes == nil { return nil }
        return .init(
            NanoCPUs: limits.cpus.map { Int64(($0 * 1e9).rounded()) }, MemoryBytes: limits.memoryBytes.map { Int64($0) }
        )
    }

    private static func limits(_ wire: DockerWire.Swarm.Resources?) -> ResourceLimits {
        ResourceLimits(
            cpus: wire?.NanoCPUs.flatMap { $0 == 0 ? nil : Double($0) / 1e9 },
            memoryBytes: wire?.MemoryBytes.flatMap { $0 == 0 ? nil : Int($0) })
    }
}
