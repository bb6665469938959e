import Logging

/// POSTs notification bodies to one http(s) URL whose path or query may be a secret (a Slack webhook's is): errors
/// and logs name only its scheme, host and port.
struct NotificationPost: Sendable {
    /// How long one attempt may take.
    static let timeout = Duration.seconds(10)

    /// `https://hooks.example.com:443`: the URL cut to what is safe to show.
    let destination: String
    private let client: HTTPClient
    /// The path and query, percent-encoded.
    private let target: String

    /// - Throws: ``NotificationError`` (permanent) when `url` is not an http(s) URL with a host and no user.
    init(url: String) throws(NotificationError) {
        guard let split = HTTPEndpoint.split(url: url) else {
            // The text itself may be the secret: say only what is wrong with it.
            throw NotificationError("the notification URL is not an http(s) URL with a host", permanent: true)
        }
        destination = split.endpoint.description
        // The client's trace lines name the path, which may be the secret: it logs nowhere.
        client = HTTPClient(
            endpoint: split.endpoint, connectTimeout: .seconds(5),
            logger: Logger(label: "berth.notify", factory: { _ in SwiftLogNoOpLogHandler() }))
        target = (split.path.isEmpty ? "/" : split.path) + (split.query.map { "?\($0)" } ?? "")
    }

    /// POSTs `body` as JSON with `headers`; returns on a 2xx answer.
    /// - Throws: ``NotificationError``: permanent for a 4xx other than 408 and 429.
    func post(_ body: [UInt8], headers: [(name: String, value: String)]) async throws(NotificationError) {
        let request = HTTPRequest(
            method: "POST", target: target,
            headers: [("Content-Type", "application/json"), ("User-Agent", "berth")] + headers, body: .bytes(body),
            timeout: Self.timeout)
        let status: Int
        do {
            let response = try await client.execute(request)
            status = response.status
            _ = try? await response.body.collect(upTo: 64 * 1024)
        } catch let error as HTTPTransportError {
            throw NotificationError("POST \(destination): \(error.message)")
        } catch {
            throw NotificationError("POST \(destination): \(error)")
        }
        guard (200..<300).contains(status) else {
            throw NotificationError(
                "POST \(destination) answered \(status)",
                permanent: (400..<500).contains(status) && ![408, 429].contains(status))
        }
    }
}
