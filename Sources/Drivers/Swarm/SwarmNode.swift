/// One node of a swarm (`GET /nodes`), as a manager sees it.
package struct SwarmNode: Sendable, Hashable {
    /// `manager` or `worker`.
    package struct Role: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let manager = Self(rawValue: "manager")
        package static let worker = Self(rawValue: "worker")
    }

    /// Whether the scheduler may place tasks on the node: `active`, `pause` (keeps its tasks, gets no new ones),
    /// `drain` (its tasks move away).
    package struct Availability: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let active = Self(rawValue: "active")
        package static let pause = Self(rawValue: "pause")
        package static let drain = Self(rawValue: "drain")
    }

    /// The node's health as the managers see it: `ready`, `down`, `disconnected`, `unknown`.
    package struct State: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let unknown = Self(rawValue: "unknown")
        package static let down = Self(rawValue: "down")
        package static let ready = Self(rawValue: "ready")
        package static let disconnected = Self(rawValue: "disconnected")
    }

    package let id: String
    package let hostname: String
    package let role: Role
    package let availability: Availability
    package let state: State
    /// The address the node's published ports answer on (`Status.Addr`, e.g. `10.231.0.2`).
    package let address: String
    /// The node's labels (`node.labels.*` in placement constraints).
    package let labels: [String: String]
    /// Whether the node is the managers' raft leader.
    package let isLeader: Bool
    /// The Docker version the node runs.
    package let engineVersion: String

    package init(
        id: String, hostname: String, role: Role, availability: Availability, state: State, address: String,
        labels: [String: String] = [:], isLeader: Bool = false, engineVersion: String = ""
    ) {
        self.id = id
        self.hostname = hostname
        self.role = role
        self.availability = availability
        self.state = state
        self.address = address
        self.labels = labels
        self.isLeader = isLeader
        self.engineVersion = engineVersion
    }

    init(wire: DockerWire.Swarm.Node) {
        self.init(
            id: wire.ID, hostname: wire.Description?.Hostname ?? "", role: Role(rawValue: wire.Spec?.Role ?? ""),
            availability: Availability(rawValue: wire.Spec?.Availability ?? ""),
            state: State(rawValue: wire.Status?.State ?? "unknown"), address: wire.Status?.Addr ?? "",
            labels: wire.Spec?.Labels ?? [:], isLeader: wire.ManagerStatus?.Leader ?? false,
            engineVersion: wire.Description?.Engine?.EngineVersion ?? "")
    }
}
