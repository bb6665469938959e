package import Logging

/// Sends HTTP requests to one ``HTTPEndpoint`` through libcurl, streaming bodies both ways.
///
/// Each exchange runs on a thread of its own, so blocking libcurl calls never occupy the Swift cooperative pool.
/// ```swift
/// let client = HTTPClient(endpoint: .unixSocket("/var/run/docker.sock"), logger: logger)
/// let response = try await client.execute(HTTPRequest(method: "GET", target: "/_ping"))
/// let text = try await response.body.collect(upTo: 1024)
/// ```
package struct HTTPClient: Sendable {
    package let endpoint: HTTPEndpoint
    /// How long establishing a connection may take (TLS handshake included).
    package let connectTimeout: Duration
    private let logger: Logger

    package init(endpoint: HTTPEndpoint, connectTimeout: Duration = .seconds(10), logger: Logger) {
        self.endpoint = endpoint
        self.connectTimeout = connectTimeout
        self.logger = logger
    }

    /// Sends `request` and returns once the response's status and headers have arrived; the body streams on.
    ///
    /// Cancelling the calling task, or dropping the response body unread, stops the transfer.
    /// - Throws: ``HTTPTransportError`` naming method and URL; a streamed body's own error; `CancellationError`.
    package func execute(_ request: HTTPRequest) async throws -> HTTPResponse {
        let transfer = CurlTransfer(endpoint: endpoint, request: request, connectTimeout: connectTimeout)
        logger.trace(
            "http request", metadata: ["http.method": "\(request.method)", "http.url": "\(transfer.displayURL)"])
        let response = try await transfer.start()
        logger.trace(
            "http response",
            metadata: [
                "http.method": "\(request.method)", "http.url": "\(transfer.displayURL)",
                "http.status": "\(response.status)",
            ]
        )
        return response
    }
}
