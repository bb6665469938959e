/// A container's lifecycle state as the engine reports it.
package enum ContainerState: Sendable, Hashable, CustomStringConvertible {
    case created
    case running
    case paused
    case restarting
    case removing
    case exited
    case dead
    /// A state this version of berth does not know.
    case other(String)

    package init(engineValue: String) {
        switch engineValue.lowercased() {
        case "created": self = .created
        case "running": self = .running
        case "paused": self = .paused
        case "restarting": self = .restarting
        case "removing": self = .removing
        case "exited": self = .exited
        case "dead": self = .dead
        default: self = .other(engineValue)
        }
    }

    package var description: String {
        switch self {
        case .created: "created"
        case .running: "running"
        case .paused: "paused"
        case .restarting: "restarting"
        case .removing: "removing"
        case .exited: "exited"
        case .dead: "dead"
        case .other(let value): value
        }
    }
}
