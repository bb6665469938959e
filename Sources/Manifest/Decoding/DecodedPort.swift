import Yams

/// A `spec.ports` entry with the nodes its checks point at.
struct DecodedPort {
    let mapping: PortMapping
    let node: Node
    let hostNode: Node?
    /// `spec.ports[i]`.
    let path: String
}
