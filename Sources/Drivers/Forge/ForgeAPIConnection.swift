import Foundation
import Logging

/// The HTTP side every forge API call shares: the base URL split into endpoint and path prefix, the flavor's token
/// header and extra headers, JSON bodies, and retries per ``ForgeRetryPolicy``. The token goes only into the
/// authorization header: errors and logs name the method, the URL and the HTTP status.
struct ForgeAPIConnection: Sendable {
    /// A 2xx answer: its status and body.
    struct Answer: Sendable {
        let status: Int
        let body: [UInt8]

        /// The body as a JSON value (`[String: Any]`, `[Any]`, ...), nil when it is none.
        var json: Any? { try? JSONSerialization.jsonObject(with: Data(body)) }
    }

    let flavor: ForgeFlavor
    let client: HTTPClient
    /// The base URL's path plus the flavor's API prefix: `""`, `/api/v3`, `/api/v1`, `/api/v4`.
    let pathPrefix: String
    private let token: String
    private let retry: ForgeRetryPolicy
    private let requestTimeout: Duration
    private let logger: Logger

    /// The largest answer read.
    static let maximumAnswerBytes = 8 << 20

    init(
        flavor: ForgeFlavor, baseURL: String, token: String, retry: ForgeRetryPolicy, tls: HTTPEndpoint.TLS,
        requestTimeout: Duration, logger: Logger
    ) throws(ForgeStatusReporter.InvalidBaseURL) {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty, url.user == nil, url.query == nil
        else { throw ForgeStatusReporter.InvalidBaseURL(text: baseURL) }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        let endpoint: HTTPEndpoint =
            scheme == "https" ? .https(host: host, port: port, tls: tls) : .tcp(host: host, port: port)
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        if !path.hasSuffix(flavor.apiPrefix) { path += flavor.apiPrefix }
        self.flavor = flavor
        self.client = HTTPClient(endpoint: endpoint, logger: logger)
        self.pathPrefix = path
        self.token = token
        self.retry = retry
        self.requestTimeout = requestTimeout
        self.logger = logger
    }

    /// Sends `method` to `path` (after the prefix; with its query, already encoded) with `json` as the body,
    /// retrying per the policy, and returns the 2xx answer.
    /// - Throws: ``ForgeRequestError`` after the last try or at a refusal no retry changes; `CancellationError`.
    func send(_ method: String, _ path: String, json: [String: String]? = nil) async throws -> Answer {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try await send(method, path, body: try json.map { Array(try encoder.encode($0)) })
    }

    /// Sends `method` to `path` with `body` (JSON bytes) as ``send(_:_:json:)`` does.
    func send(_ method: String, _ path: String, body json: [UInt8]?) async throws -> Answer {
        let target = pathPrefix + path
        let name = "\(method) \(client.endpoint)\(target)"
        var headers = [flavor.authorization(token: token)]
        var body = HTTPRequestBody.empty
        if let json {
            headers.append(("Content-Type", "application/json"))
            body = .bytes(json)
        }
        headers += flavor.extraHeaders
        let request = HTTPRequest(method: method, target: target, headers: headers, body: body, timeout: requestTimeout)
        var attempt = 0
        while true {
            attempt += 1
            let failure: (error: ForgeRequestError, retryable: Bool, wait: Duration?)
            do {
                let response = try await client.execute(request)
                let bytes = try await response.body.collect(upTo: Self.maximumAnswerBytes)
                if (200..<300).contains(response.status) { return Answer(status: response.status, body: bytes) }
                failure = (
                    ForgeRequestError(
                        request: name, httpStatus: response.status, message: Self.message(from: bytes),
                        attempts: attempt),
                    ForgeRetryPolicy.isRetryable(response), ForgeRetryPolicy.requestedWait(response, now: Date())
                )
            } catch let transport as HTTPTransportError {
                failure = (
                    ForgeRequestError(request: name, httpStatus: nil, message: transport.message, attempts: attempt),
                    true, nil
                )
            } catch let tooLarge as HTTPResponseBody.TooLarge {
                throw ForgeRequestError(request: name, httpStatus: nil, message: "\(tooLarge)", attempts: attempt)
            }
            guard failure.retryable, attempt < retry.attempts else { throw failure.error }
            let delay = failure.wait ?? retry.backoff(after: attempt)
            guard delay <= retry.maximumDelay else {
                throw ForgeRequestError(
                    request: name, httpStatus: failure.error.httpStatus,
                    message:
                        "\(failure.error.message) (the forge asks to wait \(delay), longer than \(retry.maximumDelay))",
                    attempts: attempt)
            }
            logger.debug(
                "forge request retry",
                metadata: [
                    "forge.request": "\(name)", "http.status": "\(failure.error.httpStatus.map(String.init) ?? "none")",
                    "retry.delay": "\(delay)",
                ])
            try await Task.sleep(for: delay)
        }
    }

    /// An error for an answer that came back but could not be read as the API's shape.
    func unreadable(_ method: String, _ path: String, _ what: String) -> ForgeRequestError {
        ForgeRequestError(
            request: "\(method) \(client.endpoint)\(pathPrefix)\(path)", httpStatus: nil,
            message: "unexpected answer: \(what)", attempts: 1)
    }

    /// The forge's `message` (GitHub, Gitea, GitLab; GitLab sometimes sends a list) or `error` field, else the
    /// body's text, else a placeholder.
    static func message(from body: [UInt8]) -> String {
        if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
            for key in ["message", "error"] {
                if let text = object[key] as? String { return text }
                if let list = object[key] as? [Any] { return list.map { "\($0)" }.joined(separator: "; ") }
                if let value = object[key] { return "\(value)" }
            }
        }
        let text = String(decoding: body.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(no message)" : text
    }
}
