/// One `spec.ports` entry, with `hostIP` resolved (DESIGN §2 "Ports").
package struct PortMapping: Sendable, Hashable {
    /// The port the app listens on (with `network: host`, the host port it binds).
    package let container: Int
    /// A fixed host port, or `nil` when berth allocates one per generation from `ports.range`.
    package let host: Int?
    /// `0.0.0.0` by default for a fixed port, `127.0.0.1` for an allocated one.
    package let hostIP: String
}
