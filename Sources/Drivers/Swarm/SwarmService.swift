package import Foundation

/// A service as the engine holds it (`GET /services/{id}`): its spec, the version to update it at, and where its
/// latest update stands.
package struct SwarmService: Sendable, Hashable {
    package let id: String
    /// The object version; an update must name it (`?version=`), and fails with
    /// ``ContainerEngineError/Code/conflict`` when the service changed in between.
    package let version: UInt64
    package let spec: SwarmServiceSpec
    /// `nil` until the service is first updated.
    package let updateStatus: SwarmUpdateStatus?
    /// The ports the endpoint publishes, with the ports the engine picked in ingress mode (host-mode ports are per
    /// task: ``SwarmTask/publishedPorts``).
    package let endpointPorts: [SwarmPortConfig]
    /// Running and desired task counts, when the service was listed with them
    /// (``SwarmEngine/listServices(labels:taskCounts:)``).
    package let runningTasks: Int?
    package let desiredTasks: Int?
    package let createdAt: Date?
    package let updatedAt: Date?

    package init(
        id: String, version: UInt64, spec: SwarmServiceSpec, updateStatus: SwarmUpdateStatus? = nil,
        endpointPorts: [SwarmPortConfig] = [], runningTasks: Int? = nil, desiredTasks: Int? = nil,
        createdAt: Date? = nil, updatedAt: Date? = nil
    ) {
        self.id = id
        self.version = version
        self.spec = spec
        self.updateStatus = updateStatus
        self.endpointPorts = endpointPorts
        self.runningTasks = runningTasks
        self.desiredTasks = desiredTasks
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }

    init(wire: DockerWire.Swarm.Service) {
        self.init(
            id: wire.ID, version: wire.Version.Index, spec: SwarmServiceSpec(wire: wire.Spec),
            updateStatus: wire.UpdateStatus.map(SwarmUpdateStatus.init(wire:)),
            endpointPorts: (wire.Endpoint?.Ports ?? []).map(SwarmPortConfig.init(wire:)),
            runningTasks: wire.ServiceStatus?.RunningTasks, desiredTasks: wire.ServiceStatus?.DesiredTasks,
            createdAt: DockerWire.date(wire.CreatedAt), updatedAt: DockerWire.date(wire.UpdatedAt))
    }
}
