public import Drivers
public import Foundation

/// A container in a ``FakeContainerWorld``: what the fake engine lists, inspects and changes.
public struct FakeContainer: Sendable, Hashable {
    public let id: String
    /// Without Docker's leading `/`.
    public var name: String
    /// The reference it was created from.
    public let image: String
    public let imageID: String
    public let labels: [String: String]
    public var state: ContainerState
    public var exitCode: Int
    public let ports: [PortMapping]
    public let networkMode: String?
    public let environment: [String: String]
    /// Whether the spec declared Docker's own healthcheck (an `exec` probe): the fake reports it healthy while
    /// the container runs, unless its image never gets healthy.
    public let hasHealthCheck: Bool
    public let mounts: [VolumeMount]
    public let created: Date

    public init(
        id: String, name: String, image: String, imageID: String, labels: [String: String],
        state: ContainerState = .created, exitCode: Int = 0, ports: [PortMapping] = [], networkMode: String? = nil,
        environment: [String: String] = [:], hasHealthCheck: Bool = false, mounts: [VolumeMount] = [],
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

    public var isRunning: Bool { state == .running }

    /// The host ports the container holds while it runs: its published ports, or with host networking the
    /// `PORT` it was told to bind.
    public var hostPorts: Set<Int> {
        if networkMode == "host" { return Set(environment["PORT"].flatMap(Int.init).map { [$0] } ?? []) }
        return Set(ports.compactMap(\.hostPort))
    }
}
