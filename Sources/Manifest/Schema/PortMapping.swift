/// One `spec.ports` entry, with `hostIP` resolved (DESIGN §2 "Ports").
public struct PortMapping: Sendable, Hashable {
    /// The port the app listens on (with `network: host`, the host port it binds).
    public let container: Int
    /// A fixed host port, or `nil` when berth allocates one per generation from `ports.range`.
    public let host: Int?
    /// `0.0.0.0` by default for a fixed port, `127.0.0.1` for an allocated one.
    public let hostIP: String
}
