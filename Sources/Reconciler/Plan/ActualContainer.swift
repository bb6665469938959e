package import Drivers

/// A container berth manages, as one labelled list call reports it (DESIGN §3): no per-container inspect.
package struct ActualContainer: Sendable, Hashable {
    package var id: String
    /// The container name without Docker's leading `/`.
    package var name: String
    /// `berth.deployment`.
    package var deployment: String
    /// `berth.generation`.
    package var generation: Int
    /// `berth.spec-hash`.
    package var specHash: String
    /// `berth.commit`.
    package var commit: String
    /// `berth.config-commit`.
    package var configCommit: String
    /// `berth.port`: the host port the app serves on.
    package var port: Int?
    /// The host ports Docker publishes for it (bridge networks only; empty for host networking).
    package var publishedPorts: [Int]
    package var imageID: String
    /// The image reference it was created from (`berth/web:3f2a…`).
    package var image: String
    package var state: ContainerState
    /// The Docker-native healthcheck verdict, when the container declares one.
    package var health: HealthStatus?
    /// On the swarm runtime, the tasks the deployment's service asks for; nil for a container.
    package var replicas: Int?
    /// On the swarm runtime, the service's tasks that run, as the service list counts them; nil for a container.
    package var runningTasks: Int?
    /// On the swarm runtime, the task template fields changed since berth wrote the service (``ServiceTemplate``):
    /// `docker service update --image` or `--env-add` by hand. Empty for a container.
    package var changedServiceFields: [String] = []
    /// On the swarm runtime, where the service's running tasks answer (`address:port`, sorted) when the pass read
    /// them for the router; nil otherwise.
    package var upstreams: [String]?

    package init(
        id: String, name: String, deployment: String, generation: Int, specHash: String, commit: String = "",
        configCommit: String = "", port: Int? = nil, publishedPorts: [Int] = [], imageID: String = "",
        image: String = "", state: ContainerState, health: HealthStatus? = nil, replicas: Int? = nil
    ) {
        self.replicas = replicas
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
        self.image = image
        self.state = state
        self.health = health
    }

    /// Reads a listed container's berth labels; `nil` when it lacks the ones every berth container carries.
    package init?(_ summary: ContainerSummary) {
        let labels = summary.labels
        guard labels[BerthLabel.managed] == "true", let deployment = labels[BerthLabel.deployment],
            let generation = labels[BerthLabel.generation].flatMap({ Int($0) }), let hash = labels[BerthLabel.specHash]
        else { return nil }
        self.init(
            id: summary.id, name: summary.name.hasPrefix("/") ? String(summary.name.dropFirst()) : summary.name,
            deployment: deployment, generation: generation, specHash: hash, commit: labels[BerthLabel.commit] ?? "",
            configCommit: labels[BerthLabel.configCommit] ?? "", port: labels[BerthLabel.port].flatMap { Int($0) },
            publishedPorts: summary.ports.compactMap(\.hostPort), imageID: summary.imageID, image: summary.image,
            state: summary.state, health: summary.health
        )
    }

    /// A candidate not yet swapped in: `<deployment>-<generation>-candidate`.
    package var isCandidate: Bool {
        name.hasSuffix("-candidate") && name == ContainerName.candidate(deployment, generation: generation)
    }

    /// A generation kept through a watch after cutover: `<deployment>-<generation>-previous`.
    package var isPrevious: Bool {
        name.hasSuffix("-previous") && name == ContainerName.previous(deployment, generation: generation)
    }

    /// Whether it is a generation in its own right: neither a candidate nor a `-previous` kept through a watch.
    package var isGeneration: Bool { !isCandidate && !isPrevious }

    /// The container that serves `deployment`: its newest generation that is neither a candidate nor `-previous`.
    package static func active(of deployment: String, in containers: [ActualContainer]) -> ActualContainer? {
        containers.filter { $0.deployment == deployment && $0.isGeneration }.max { $0.generation < $1.generation }
    }
}

/// The names berth gives containers: roles are carried by names, since labels cannot change (DESIGN §3).
package enum ContainerName {
    /// The name of a generation that has been swapped in.
    package static func active(_ deployment: String, generation: Int) -> String { "\(deployment)-\(generation)" }

    /// The name of the generation that served before, kept through a watch after cutover (DESIGN §14).
    package static func previous(_ deployment: String, generation: Int) -> String {
        "\(deployment)-\(generation)-previous"
    }

    /// The name of a generation still being started and health-checked.
    package static func candidate(_ deployment: String, generation: Int) -> String {
        "\(deployment)-\(generation)-candidate"
    }
}
