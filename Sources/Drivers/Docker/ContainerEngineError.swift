/// A container engine refused or failed an operation.
///
/// `code` says what kind of failure it was, so callers can react (a missing container is often fine, a conflict
/// means a name is taken); the description names the request and repeats the engine's own message.
package struct ContainerEngineError: Error, Sendable, CustomStringConvertible {
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

    package var description: String {
        var text = "\(request): \(code): \(message)"
        if !logTail.isEmpty {
            text += "\n" + logTail.map { "  | \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
