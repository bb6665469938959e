/// `spec.network`: the default bridge, the host's network, or an existing Docker network by name.
package enum NetworkMode: Sendable, Hashable {
    case bridge
    case host
    case named(String)

    /// The name Docker knows the network by.
    package var name: String {
        switch self {
        case .bridge: "bridge"
        case .host: "host"
        case .named(let name): name
        }
    }
}
