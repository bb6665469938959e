/// What an engine says about its place in a swarm (`GET /info`'s `Swarm`).
package struct SwarmInfo: Sendable, Hashable {
    /// The engine's membership: `inactive` (not in a swarm), `pending`, `active`, `error`, `locked`.
    package struct LocalNodeState: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let inactive = Self(rawValue: "inactive")
        package static let pending = Self(rawValue: "pending")
        package static let active = Self(rawValue: "active")
        package static let error = Self(rawValue: "error")
        package static let locked = Self(rawValue: "locked")
    }

    package let localNodeState: LocalNodeState
    /// Whether this engine is a manager (`ControlAvailable`): only managers answer the services API.
    package let isManager: Bool
    /// This engine's node id; empty outside a swarm.
    package let nodeID: String
    /// The address this node advertises to the swarm; empty outside a swarm.
    package let nodeAddress: String
    /// Nodes and managers in the swarm; 0 when this engine is not a manager.
    package let nodes: Int
    package let managers: Int
    /// The swarm's id; empty when this engine is not a manager.
    package let clusterID: String
    /// Why joining failed (with ``LocalNodeState/error``); empty otherwise.
    package let error: String

    package init(
        localNodeState: LocalNodeState, isManager: Bool, nodeID: String = "", nodeAddress: String = "", nodes: Int = 0,
        managers: Int = 0, clusterID: String = "", error: String = ""
    ) {
        self.localNodeState = localNodeState
        self.isManager = isManager
        self.nodeID = nodeID
        self.nodeAddress = nodeAddress
        self.nodes = nodes
        self.managers = managers
        self.clusterID = clusterID
        self.error = error
    }

    init(wire: DockerWire.SwarmInfoBody?) {
        self.init(
            localNodeState: LocalNodeState(rawValue: wire?.LocalNodeState ?? "inactive"),
            isManager: wire?.ControlAvailable ?? false, nodeID: wire?.NodeID ?? "", nodeAddress: wire?.NodeAddr ?? "",
            nodes: wire?.Nodes ?? 0, managers: wire?.Managers ?? 0, clusterID: wire?.Cluster?.ID ?? "",
            error: wire?.Error ?? "")
    }
}
