package import Foundation

/// One task of a service (`GET /tasks`): a slot's container on a node, wanted and actual state, and the host ports
/// it publishes.
///
/// API 1.41 does not say which service version a task was created at (swarmkit's `SpecVersion` is not exposed):
/// tell generations apart by ``image`` and ``containerLabels`` (berth puts its generation there).
package struct SwarmTask: Sendable, Hashable {
    package let id: String
    /// The task object's own version (it grows as the task's status changes), not the service's.
    package let version: UInt64
    package let serviceID: String
    /// Empty until the scheduler has placed the task.
    package let nodeID: String
    /// The replica number (1...replicas); `nil` for global services.
    package let slot: Int?
    package let desiredState: SwarmTaskState
    package let state: SwarmTaskState
    /// Swarm's words for ``state`` (`started`, `pending task scheduling`, `starting`).
    package let message: String
    /// Why the task failed (`task: non-zero exit (1)`, `... unhealthy container`); `nil` when it did not.
    package let error: String?
    /// The container running the task, once it has one.
    package let containerID: String?
    package let exitCode: Int?
    /// Host-mode ports the task publishes, with the host port the engine picked; each port once (the engine lists a
    /// port once per address family).
    package let publishedPorts: [SwarmPortConfig]
    /// The image the task's spec names.
    package let image: String
    /// The labels of the task's container, as the service's spec had them when the task was created.
    package let containerLabels: [String: String]
    package let createdAt: Date?
    package let updatedAt: Date?
    /// When ``state`` was reached.
    package let stateChangedAt: Date?

    package init(
        id: String, version: UInt64 = 0, serviceID: String, nodeID: String = "", slot: Int? = nil,
        desiredState: SwarmTaskState, state: SwarmTaskState, message: String = "", error: String? = nil,
        containerID: String? = nil, exitCode: Int? = nil, publishedPorts: [SwarmPortConfig] = [], image: String = "",
        containerLabels: [String: String] = [:], createdAt: Date? = nil, updatedAt: Date? = nil,
        stateChangedAt: Date? = nil
    ) {
        self.id = id
        self.version = version
        self.serviceID = serviceID
        self.nodeID = nodeID
        self.slot = slot
        self.desiredState = desiredState
        self.state = state
        self.message = message
        self.error = error
        self.containerID = containerID
        self.exitCode = exitCode
        self.publishedPorts = publishedPorts
        self.image = image
        self.containerLabels = containerLabels
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.stateChangedAt = stateChangedAt
    }

    init(wire: DockerWire.Swarm.Task) {
        var ports: [SwarmPortConfig] = []
        for port in (wire.Status?.PortStatus?.Ports ?? []).map(SwarmPortConfig.init(wire:)) where !ports.contains(port)
        {
            ports.append(port)
        }
        let container = wire.Spec?.ContainerSpec
        self.init(
            id: wire.ID, version: wire.Version?.Index ?? 0, serviceID: wire.ServiceID ?? "", nodeID: wire.NodeID ?? "",
            slot: wire.Slot.flatMap { $0 == 0 ? nil : $0 },
            desiredState: SwarmTaskState(rawValue: wire.DesiredState ?? ""),
            state: SwarmTaskState(rawValue: wire.Status?.State ?? ""), message: wire.Status?.Message ?? "",
            error: wire.Status?.Err.flatMap { $0.isEmpty ? nil : $0 },
            containerID: wire.Status?.ContainerStatus?.ContainerID.flatMap { $0.isEmpty ? nil : $0 },
            exitCode: wire.Status?.ContainerStatus?.ExitCode, publishedPorts: ports, image: container?.Image ?? "",
            containerLabels: container?.Labels ?? [:], createdAt: DockerWire.date(wire.CreatedAt),
            updatedAt: DockerWire.date(wire.UpdatedAt), stateChangedAt: DockerWire.date(wire.Status?.Timestamp))
    }
}
