/// A router (Caddy's admin API) refused, failed or could not be reached.
///
/// Names the admin URL, the request that failed and Caddy's own error text, and says what to do:
/// `PATCH http://127.0.0.1:2019/id/berth-web/handle/0: unreachable: Couldn't connect to server; is Caddy
/// running? berth starts it when router.manage is true`.
package struct RouterError: ActionableError, Sendable {
    /// The kind of failure; a growing set, compare with `==`.
    package struct Code: Hashable, Sendable, CustomStringConvertible {
        private let name: String
        private init(_ name: String) { self.name = name }

        /// Nothing answered at the admin URL (connection refused, timeout, unknown host).
        package static let unreachable = Code("unreachable")
        /// Caddy answered with an error status (its message is in ``RouterError/message``).
        package static let rejected = Code("rejected")
        /// The route berth was asked to change does not exist.
        package static let routeMissing = Code("route missing")
        /// Caddy accepted a change but reading it back showed something else.
        package static let readBackMismatch = Code("read-back mismatch")
        /// Caddy answered something berth could not read.
        package static let invalidResponse = Code("invalid response")
        /// The admin URL in the settings is not one berth can use.
        package static let invalidAdminURL = Code("invalid admin URL")

        package var description: String { name }
    }

    package let code: Code
    /// The admin API base URL, e.g. `http://127.0.0.1:2019`.
    package let admin: String
    /// What was asked: `PATCH /id/berth-web/handle/0`.
    package let request: String
    /// The HTTP status Caddy answered, when it answered.
    package let status: Int?
    /// Caddy's own error text (its `{"error": ...}`), or the transport's.
    package let message: String

    package init(code: Code, admin: String, request: String, status: Int? = nil, message: String) {
        self.code = code
        self.admin = admin
        self.request = request
        self.status = status
        self.message = message
    }

    /// `PATCH http://127.0.0.1:2019/id/berth-web/...: rejected (HTTP 500): <Caddy's text>`.
    package var summary: String {
        let parts = request.split(separator: " ", maxSplits: 1).map(String.init)
        let described = parts.count == 2 ? "\(parts[0]) \(admin)\(parts[1])" : "\(request) at \(admin)"
        let answered = status.map { " (HTTP \($0))" } ?? ""
        return "\(described): \(code)\(answered): \(message)"
    }

    package var field: String? {
        code == .unreachable || code == .invalidAdminURL ? "router.admin" : nil
    }

    package var url: String? { admin }

    package var hint: String? {
        switch code {
        case .unreachable:
            "is Caddy running? berth starts it when router.manage is true; otherwise start Caddy with its admin API "
                + "at \(admin), or point router.admin at the one that runs"
        case .invalidAdminURL:
            "set router.admin to http://host:port (Caddy's admin listen address, default http://127.0.0.1:2019)"
        case .rejected where message.contains("host not allowed") || message.contains("origin"):
            "Caddy's admin API refuses this Host/Origin: use the address Caddy's admin.listen names, or add it to "
                + "admin.origins"
        case .routeMissing:
            "the route is put back by the next reconcile pass (Caddy may have restarted without its config)"
        default: nil
        }
    }
}
