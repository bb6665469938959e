/// Where Swarm may run a service's tasks (`TaskTemplate.Placement`).
package struct SwarmPlacement: Sendable, Hashable {
    /// Expressions every chosen node satisfies: `node.role==manager`, `node.labels.zone!=b`, `node.id==...`.
    package var constraints: [String]
    /// At most this many of the service's tasks on one node; `nil` (or 0) for no limit. With `start-first` updates the
    /// new task runs beside the old one, so a node needs room for one more.
    package var maxReplicasPerNode: Int?

    package init(constraints: [String] = [], maxReplicasPerNode: Int? = nil) {
        self.constraints = constraints
        self.maxReplicasPerNode = maxReplicasPerNode
    }

    var wire: DockerWire.Swarm.Placement? {
        if constraints.isEmpty && maxReplicasPerNode == nil { return nil }
        return .init(
            Constraints: constraints.isEmpty ? nil : constraints, MaxReplicas: maxReplicasPerNode.map { UInt64($0) })
    }

    init(wire: DockerWire.Swarm.Placement?) {
        self.init(
            constraints: wire?.Constraints ?? [],
            maxReplicasPerNode: wire?.MaxReplicas.flatMap { $0 == 0 ? nil : Int($0) })
    }
}
