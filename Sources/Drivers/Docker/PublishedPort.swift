/// A container port, and where it is published on the host (if it is).
package struct PublishedPort: Sendable, Hashable {
    package var containerPort: Int
    /// `tcp` or `udp`.
    package var transport: String
    /// The published host port; `nil` when the port is only exposed.
    package var hostPort: Int?
    /// The host address the port is published on (`127.0.0.1`, `0.0.0.0`); `nil` for the engine's default.
    package var hostIP: String?

    package init(containerPort: Int, transport: String = "tcp", hostPort: Int? = nil, hostIP: String? = nil) {
        self.containerPort = containerPort
        self.transport = transport
        self.hostPort = hostPort
        self.hostIP = hostIP
    }

    /// `8080/tcp`: how the engine keys the port.
    var engineKey: String { "\(containerPort)/\(transport)" }
}
