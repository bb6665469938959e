import Foundation

/// A container engine refused or failed an operation.
///
/// `code` says what kind of failure it was, so callers can react (a missing container is often fine, a conflict
/// means a name is taken); the description names the request, repeats the engine's own message and, when the
/// engine cannot be reached, names `docker.host` and says how to start it.
package struct ContainerEngineError: ActionableError, Sendable {
    /// The kind of failure; a growing set, compare with `==`.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// No such container, image, volume or network (HTTP 404).
        package static let notFound = Code("not found")
        /// A name already in use, a container that is running, an image still used (HTTP 409).
        package static let conflict = Code("conflict")
        /// The engine rejected the request's parameters (HTTP 400).
        package static let badRequest = Code("bad request")
        /// The engine is not a Swarm manager (HTTP 503): not in a swarm, or a worker.
        package static let notSwarmManager = Code("not a swarm manager")
        /// The engine could not be reached (no socket, connection refused, timeout connecting).
        package static let engineUnavailable = Code("engine unavailable")
        /// The engine speaks an API older than the one berth needs.
        package static let unsupportedVersion = Code("unsupported API version")
        /// A build step failed; ``ContainerEngineError/logTail`` holds the last lines of the build log.
        package static let buildFailed = Code("build failed")
        /// The engine answered something berth could not read.
        package static let invalidResponse = Code("invalid response")
        /// Anything else: an engine-side error (HTTP 5xx), a broken connection, a timeout.
        package static let failed = Code("failed")

        package var description: String { name }
    }

    package let code: Code
    /// What was asked, e.g. `GET unix:///var/run/docker.sock/v1.41/containers/web-3/json`.
    package let request: String
    /// The engine's message, or the transport's.
    package let message: String
    /// For ``Code/buildFailed``: the last lines the build printed.
    package let logTail: [String]

    package init(code: Code, request: String, message: String, logTail: [String] = []) {
        self.code = code
        self.request = request
        self.message = message
        self.logTail = logTail
    }

    /// The request, the kind of failure and the engine's (or the transport's) message.
    package var summary: String { "\(request): \(code): \(message)" }

    /// `docker.host` when the engine cannot be reached.
    package var field: String? { code == .engineUnavailable ? "docker.host" : nil }

    package var hint: String? {
        switch code {
        case .engineUnavailable where message.contains("permission denied"):
            "run berth as root or as a member of the socket's group (usually docker)"
        case .engineUnavailable:
            "start the Docker engine (systemctl start docker, or dockerd as root), or point docker.host in the "
                + "controller config at one that runs"
        case .unsupportedVersion: "upgrade the Docker engine"
        case .notSwarmManager:
            "point docker.host at a manager of the swarm, or make this engine one (docker swarm init)"
        default: nil
        }
    }

    /// The summary and hint, then the build log's tail.
    package var description: String {
        var text = hint.map { "\(summary); \($0)" } ?? summary
        if !logTail.isEmpty {
            text += "\n" + logTail.map { "  | \($0)" }.joined(separator: "\n")
        }
        return text
    }

    /// Whether the engine could not publish a host port because something else holds it (`port is already
    /// allocated`, `bind: address already in use`).
    package var isPortTaken: Bool {
        message.contains("address already in use") || message.contains("port is already allocated")
    }

    /// The host port a port-taken message names: `Bind for 0.0.0.0:18080 failed: ...` or `listen tcp4
    /// 0.0.0.0:18080: bind: address already in use`.
    package var takenHostPort: Int? {
        guard isPortTaken else { return nil }
        for marker in ["Bind for ", "listen tcp4 ", "listen tcp6 ", "listen tcp "] {
            guard let start = message.range(of: marker)?.upperBound else { continue }
            var address = message[start...].prefix { $0 != " " }
            if address.hasSuffix(":") { address = address.dropLast() }
            if let colon = address.lastIndex(of: ":"), let port = Int(address[address.index(after: colon)...]) {
                return port
            }
        }
        return nil
    }
}
