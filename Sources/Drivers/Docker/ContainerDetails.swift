public import Foundation

/// What inspecting one container tells: its state, health, configuration and published ports.
public struct ContainerDetails: Sendable, Hashable {
    public let id: String
    /// The name without the engine's leading `/`.
    public let name: String
    public let imageID: String
    public let labels: [String: String]
    public let state: ContainerState
    /// `nil` when the container has no healthcheck.
    public let health: HealthStatus?
    /// Exit code of the last run (0 while running).
    public let exitCode: Int
    public let oomKilled: Bool
    public let restartCount: Int
    public let startedAt: Date?
    public let finishedAt: Date?
    /// `KEY=value` entries as the engine keeps them (image defaults included).
    public let environment: [String]
    public let command: [String]
    public let networkMode: String
    /// Published ports with the host port the engine bound.
    public let ports: [PortMapping]

    public init(
        id: String, name: String, imageID: String, labels: [String: String], state: ContainerState,
        health: HealthStatus?, exitCode: Int, oomKilled: Bool, restartCount: Int, startedAt: Date?,
        finishedAt: Date?, environment: [String], command: [String], networkMode: String, ports: [PortMapping]
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

    public var isRunning: Bool { state == .running }
}
