/// A container berth manages, as one labelled list call reports it (DESIGN §3): no per-container inspect.
public struct ActualContainer: Sendable, Hashable {
    /// Docker's view of the process.
    public enum State: String, Sendable, Hashable {
        case created, running, paused, restarting, removing, exited, dead
    }

    /// The Docker-native healthcheck verdict, when the container declares one.
    public enum Health: String, Sendable, Hashable {
        case none, starting, healthy, unhealthy
    }

    public var id: String
    /// The container name without Docker's leading `/`.
    public var name: String
    /// `berth.deployment`.
    public var deployment: String
    /// `berth.generation`.
    public var generation: Int
    /// `berth.spec-hash`.
    public var specHash: String
    /// `berth.commit`.
    public var commit: String
    /// `berth.config-commit`.
    public var configCommit: String
    /// `berth.port`: the host port the app serves on.
    public var port: Int?
    /// The host ports Docker publishes for it (bridge networks only; empty for host networking).
    public var publishedPorts: [Int]
    public var imageID: String
    public var state: State
    public var health: Health

    public init(
        id: String, name: String, deployment: String, generation: Int, specHash: String, commit: String = "",
        configCommit: String = "", port: Int? = nil, publishedPorts: [Int] = [], imageID: String = "",
        state: State, health: Health = .none
    ) {
        self.id = id
        self.name = name
        self.deployment = deployment
        self.generation = generation
        self.specHash = specHash
        self.commit = commit
        self.configCommit = configCommit
        self.port = port
        self.publishedPorts = publishedPorts
        self.imageID = imageID
        self.state = state
        self.health = health
    }

    /// A candidate not yet swapped in: `<deployment>-<generation>-candidate`.
    public var isCandidate: Bool { name == ContainerName.candidate(deployment, generation: generation) }
}

/// The names berth gives containers: roles are carried by names, since labels cannot change (DESIGN §3).
public enum ContainerName {
    /// The name of a generation that has been swapped in.
    public static func active(_ deployment: String, generation: Int) -> String { "\(deployment)-\(generation)" }

    /// The name of a generation still being started and health-checked.
    public static func candidate(_ deployment: String, generation: Int) -> String {
        "\(deployment)-\(generation)-candidate"
    }
}
