package import Drivers
package import Foundation

/// A container in a ``FakeContainerWorld``: what the fake engine lists, inspects and changes.
package struct FakeContainer: Sendable, Hashable {
    package let id: String
    /// Without Docker's leading `/`.
    package var name: String
    /// The reference it was created from.
    package let image: String
    package var imageID: String
    package var labels: [String: String]
    package var state: ContainerState
    package var exitCode: Int
    package var ports: [PublishedPort]
    package var networkMode: String?
    package var environment: [String: String]
    /// Whether the spec declared Docker's own healthcheck (an `exec` probe): the fake reports it healthy while
    /// the container runs, unless its image never gets healthy.
    package let hasHealthCheck: Bool
    package var mounts: [ContainerMount]
    package let created: Date
    /// Files written into the container by `copyFiles`, by full path.
    package var files: [String: Data] = [:]
    /// Limits and restart policy: as created, then as the last `updateContainer` set them.
    package var resources = ResourceLimits()
    package var restartPolicy = ContainerRestartPolicy.no
    /// What inspect reports beyond the fields above, as created (tests edit it to make drift).
    package var command: [String] = []
    package var entrypoint: [String] = []
    package var user = ""
    package var privileged = false
    package var capabilitiesAdded: [String] = []
    package var runsInit = false
    package var restartCount = 0
    /// What the engine's `changes` endpoint lists.
    package var changes: [FilesystemChange] = []

    package init(
        id: String, name: String, image: String, imageID: String, labels: [String: String],
        state: ContainerState = .created, exitCode: Int = 0, ports: [PublishedPort] = [], networkMode: String? = nil,
        environment: [String: String] = [:], hasHealthCheck: Bool = false, mounts: [ContainerMount] = [],
        created: Date = Date()
    ) {
        self.id = id
        self.name = name
        self.image = image
        self.imageID = imageID
        self.labels = labels
        self.state = state
        self.exitCode = exitCode
        self.ports = ports
        self.networkMode = networkMode
        self.environment = environment
        self.hasHealthCheck = hasHealthCheck
        self.mounts = mounts
        self.created = created
    }

    package var isRunning: Bool { state == .running }

    /// The host ports the container holds while it runs: its published ports, or with host networking the
    /// `PORT` it was told to bind.
    package var hostPorts: Set<Int> {
        if networkMode == "host" { return Set(environment["PORT"].flatMap(Int.init).map { [$0] } ?? []) }
        return Set(ports.compactMap(\.hostPort))
    }
}
