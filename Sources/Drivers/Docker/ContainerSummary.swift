package import Foundation

/// One row of the container list: what berth reads to plan, without a per-container inspect.
package struct ContainerSummary: Sendable, Hashable {
    package let id: String
    /// Names without the engine's leading `/`.
    package let names: [String]
    /// The image reference the container was created from.
    package let image: String
    /// The image id (`sha256:...`).
    package let imageID: String
    package let labels: [String: String]
    package let state: ContainerState
    /// The engine's human text, e.g. `Up 3 minutes (healthy)`.
    package let status: String
    /// Published ports (bridge networks only; host networking lists none).
    package let ports: [PublishedPort]
    package let created: Date

    package init(
        id: String, names: [String], image: String, imageID: String, labels: [String: String],
        state: ContainerState, status: String, ports: [PublishedPort], created: Date
    ) {
        self.id = id
        self.names = names
        self.image = image
        self.imageID = imageID
        self.labels = labels
        self.state = state
        self.status = status
        self.ports = ports
        self.created = created
    }

    /// The first name, the one people use.
    package var name: String { names.first ?? id }

    /// The engine-native healthcheck's result, read from ``status`` (`Up 3 minutes (unhealthy)`); `nil` when the
    /// container has no healthcheck or is not running.
    package var health: HealthStatus? {
        if status.hasSuffix("(healthy)") { return .healthy }
        if status.hasSuffix("(unhealthy)") { return .unhealthy }
        if status.hasSuffix("(health: starting)") { return .starting }
        return nil
    }
}
