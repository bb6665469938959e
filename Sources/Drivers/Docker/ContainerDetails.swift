package import Foundation

/// What inspecting one container tells: its state, health, configuration and published ports.
package struct ContainerDetails: Sendable, Hashable {
    package let id: String
    /// The name without the engine's leading `/`.
    package let name: String
    package let imageID: String
    package let labels: [String: String]
    package let state: ContainerState
    /// `nil` when the container has no healthcheck.
    package let health: HealthStatus?
    /// Exit code of the last run (0 while running).
    package let exitCode: Int
    package let oomKilled: Bool
    package let restartCount: Int
    package let startedAt: Date?
    package let finishedAt: Date?
    /// `KEY=value` entries as the engine keeps them (image defaults included).
    package let environment: [String]
    package let command: [String]
    package let networkMode: String
    /// Published ports with the host port the engine bound.
    package let ports: [PublishedPort]

    package init(
        id: String, name: String, imageID: String, labels: [String: String], state: ContainerState,
        health: HealthStatus?, exitCode: Int, oomKilled: Bool, restartCount: Int, startedAt: Date?,
        finishedAt: Date?, environment: [String], command: [String], networkMode: String, ports: [PublishedPort]
    ) {
        self.id = id
        self.name = name
        self.imageID = imageID
        self.labels = labels
        self.state = state
        self.health = health
        self.exitCode = exitCode
        self.oomKilled = oomKilled
        self.restartCount = restartCount
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.environment = environment
        self.command = command
        self.networkMode = networkMode
        self.ports = ports
    }

    package var isRunning: Bool { state == .running }
}
