/// A port a service publishes (`EndpointSpec.Ports`), or one a task was given (`Status.PortStatus`).
package struct SwarmPortConfig: Sendable, Hashable {
    /// `ingress` (the routing mesh answers on every node; needs IPVS) or `host` (the node running the task answers).
    package struct PublishMode: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let ingress = Self(rawValue: "ingress")
        package static let host = Self(rawValue: "host")
    }

    /// The port inside the container.
    package var targetPort: Int
    /// The host (or mesh) port; 0 lets the engine pick one (in host mode, one per task, read back from the task).
    package var publishedPort: Int
    /// `tcp`, `udp` or `sctp`.
    package var transport: String
    package var publishMode: PublishMode

    package init(targetPort: Int, publishedPort: Int = 0, transport: String = "tcp", publishMode: PublishMode = .host) {
        self.targetPort = targetPort
        self.publishedPort = publishedPort
        self.transport = transport
        self.publishMode = publishMode
    }

    var wire: DockerWire.Swarm.PortConfig {
        .init(
            Protocol: transport, TargetPort: targetPort, PublishedPort: publishedPort == 0 ? nil : publishedPort,
            PublishMode: publishMode.rawValue)
    }

    init(wire: DockerWire.Swarm.PortConfig) {
        self.init(
            targetPort: wire.TargetPort, publishedPort: wire.PublishedPort ?? 0, transport: wire.Protocol ?? "tcp",
            publishMode: PublishMode(rawValue: wire.PublishMode ?? "ingress"))
    }
}
