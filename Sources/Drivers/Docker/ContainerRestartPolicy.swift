/// When the engine restarts a container that stopped.
package enum ContainerRestartPolicy: Sendable, Hashable {
    case no
    case always
    case unlessStopped
    case onFailure(maximumRetries: Int)

    package var engineName: String {
        switch self {
        case .no: "no"
        case .always: "always"
        case .unlessStopped: "unless-stopped"
        case .onFailure: "on-failure"
        }
    }

    package var maximumRetries: Int {
        if case .onFailure(let retries) = self { return retries }
        return 0
    }
}
