/// One HTTP request to an ``HTTPEndpoint``: method, path with query, headers, body and time limits.
package struct HTTPRequest: Sendable {
    package var method: String
    /// The path and query, starting with `/` (already percent-encoded).
    package var target: String
    package var headers: [(name: String, value: String)]
    package var body: HTTPRequestBody
    /// Limit for the whole exchange, body included; `nil` for streams that last (events, logs, builds).
    package var timeout: Duration?

    package init(
        method: String, target: String, headers: [(name: String, value: String)] = [],
        body: HTTPRequestBody = .empty, timeout: Duration? = nil
    ) {
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.timeout = timeout
    }
}
