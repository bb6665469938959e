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
    /// `Config.Entrypoint`; empty when the image's is used unchanged.
    package let entrypoint: [String]
    /// `Config.User`; empty for the image's user.
    package let user: String
    package let privileged: Bool
    package let capabilitiesAdded: [String]
    /// Mounts as the engine reports them, sorted by target.
    package let mounts: [Mount]
    /// Names of the networks the container is attached to, sorted.
    package let networks: [String]
    /// `HostConfig.RestartPolicy.Name` (`no`, `always`, `unless-stopped`, `on-failure`; empty means `no`).
    package let restartPolicy: String
    package let restartMaximumRetries: Int
    /// `HostConfig.Memory` in bytes; 0 for no limit.
    package let memoryBytes: Int
    /// `HostConfig.NanoCpus`; 0 for no limit.
    package let nanoCPUs: Int
    /// `HostConfig.Init`.
    package let runsInit: Bool

    /// One mount of an inspected container.
    package struct Mount: Sendable, Hashable {
        /// `volume`, `bind`, `tmpfs`, ...
        package var type: String
        /// The volume's name, or the host path of a bind.
        package var source: String
        package var target: String
        package var readWrite: Bool

        package init(type: String, source: String, target: String, readWrite: Bool) {
            self.type = type
            self.source = source
            self.target = target
            self.readWrite = readWrite
        }
    }

    package init(
        id: String, name: String, imageID: String, labels: [String: String], state: ContainerState,
        health: HealthStatus?, exitCode: Int, oomKilled: Bool, restartCount: Int, startedAt: Date?,
        finishedAt: Date?, environment: [String], command: [String], networkMode: String, ports: [PublishedPort],
        entrypoint: [String] = [], user: String = "", privileged: Bool = false, capabilitiesAdded: [String] = [],
        mounts: [Mount] = [], networks: [String] = [], restartPolicy: String = "no", restartMaximumRetries: Int = 0,
        memoryBytes: Int = 0, nanoCPUs: Int = 0, runsInit: Bool = false
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
        self.entrypoint = entrypoint
        self.user = user
        self.privileged = privileged
        self.capabilitiesAdded = capabilitiesAdded
        self.mounts = mounts
        self.networks = networks
        self.restartPolicy = restartPolicy
        self.restartMaximumRetries = restartMaximumRetries
        self.memoryBytes = memoryBytes
        self.nanoCPUs = nanoCPUs
        self.runsInit = runsInit
    }

    package var isRunning: Bool { state == .running }
}
