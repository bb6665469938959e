import Foundation
package import Logging

/// Posts commit statuses through a forge's REST API: GitHub (and GitHub Enterprise), Gitea/Forgejo or GitLab.
///
/// Retries per ``ForgeRetryPolicy``; a 4xx other than 429 (or GitHub's rate-limit 403) is not retried.
/// The token goes only into the authorization header: errors and logs name the URL and the HTTP status.
/// ```swift
/// let reporter = try ForgeStatusReporter(
///     flavor: .github, baseURL: "https://api.github.com", repository: ForgeRepository(path: "acme/deploy")!,
///     token: tokenFromFile, logger: logger)
/// try await reporter.post(CommitStatus(commit: commit, context: "berth/web", state: .success, description: "live"))
/// ```
package struct ForgeStatusReporter: CommitStatusReporter {
    /// A `baseURL` that is not an `http` or `https` URL with a host.
    package struct InvalidBaseURL: Error, Sendable, CustomStringConvertible {
        /// The base URL as configured.
        package let text: String
        package var description: String {
            "\(text) is not a forge API base (expected https://host[:port][/path], e.g. https://api.github.com)"
        }
    }

    /// Which API is spoken.
    package let flavor: ForgeFlavor
    /// The repository statuses are posted to.
    package let repository: ForgeRepository
    private let client: HTTPClient
    /// The base URL's path plus the flavor's API prefix: `""`, `/api/v3`, `/api/v4`.
    private let pathPrefix: String
    private let token: String
    private let retry: ForgeRetryPolicy
    private let requestTimeout: Duration
    private let logger: Logger

    /// - Parameters:
    ///   - baseURL: GitHub's API root (`https://api.github.com`, `https://ghe.example.com/api/v3`), or the Gitea or
    ///     GitLab server's root (a trailing `/api/v1` or `/api/v4` is accepted too). See
    ///     ``ForgeFlavor/defaultBaseURL(cloneURL:)`` when the config gives none.
    ///   - token: the API token, read from its file by the caller; it is never logged.
    ///   - tls: CA and client certificate files for an `https` base with a private CA.
    /// - Throws: ``InvalidBaseURL``.
    package init(
        flavor: ForgeFlavor, baseURL: String, repository: ForgeRepository, token: String,
        retry: ForgeRetryPolicy = ForgeRetryPolicy(), tls: HTTPEndpoint.TLS = HTTPEndpoint.TLS(),
        requestTimeout: Duration = .seconds(30), logger: Logger
    ) throws(InvalidBaseURL) {
        guard let url = URL(string: baseURL), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https",
            let host = url.host, !host.isEmpty, url.user == nil, url.query == nil
        else { throw InvalidBaseURL(text: baseURL) }
        let port = url.port ?? (scheme == "https" ? 443 : 80)
        let endpoint: HTTPEndpoint =
            scheme == "https" ? .https(host: host, port: port, tls: tls) : .tcp(host: host, port: port)
        var path = url.path
        while path.hasSuffix("/") { path.removeLast() }
        if !path.hasSuffix(flavor.apiPrefix) { path += flavor.apiPrefix }
        self.flavor = flavor
        self.repository = repository
        self.client = HTTPClient(endpoint: endpoint, logger: logger)
        self.pathPrefix = path
        self.token = token
        self.retry = retry
        self.requestTimeout = requestTimeout
        self.logger = logger
    }

    /// Posts `status`, retrying per the policy.
    /// - Throws: ``CommitStatusError`` after the last try or at a refusal that no retry changes; `CancellationError`.
    package func post(_ status: CommitStatus) async throws {
        let target = pathPrefix + flavor.statusPath(repository: repository, commit: status.commit)
        let name = "POST \(client.endpoint)\(target)"
        let request = HTTPRequest(
            method: "POST", target: target,
            headers: [flavor.authorization(token: token), ("Content-Type", "application/json")] + flavor.extraHeaders,
            body: .bytes(try flavor.body(for: status)), timeout: requestTimeout)
        var attempt = 0
        while true {
            attempt += 1
            guard let failure = try await send(request, name: name, attempt: attempt) else { return }
            guard failure.retryable, attempt < retry.attempts else { throw failure.error }
            let delay = failure.requestedWait ?? retry.backoff(after: attempt)
            guard delay <= retry.maximumDelay else {
                throw CommitStatusError(
                    request: name, httpStatus: failure.error.httpStatus,
                    message:
                        "\(failure.error.message) (the forge asks to wait \(delay), longer than \(retry.maximumDelay))",
                    attempts: attempt)
            }
            logger.debug(
                "commit status retry",
                metadata: [
                    "forge.request": "\(name)", "http.status": "\(failure.error.httpStatus.map(String.init) ?? "none")",
                    "retry.delay": "\(delay)",
                ])
            try await Task.sleep(for: delay)
        }
    }

    /// Why one try did not set the status, and whether another may.
    private struct Failure {
        let error: CommitStatusError
        let retryable: Bool
        /// What the forge asked to wait (`Retry-After`, rate-limit reset).
        let requestedWait: Duration?
    }

    /// One try; nil when the status is set.
    private func send(_ request: HTTPRequest, name: String, attempt: Int) async throws -> Failure? {
        let response: HTTPResponse
        do {
            response = try await client.execute(request)
        } catch let transport as HTTPTransportError {
            return Failure(
                error: CommitStatusError(request: name, httpStatus: nil, message: transport.message, attempts: attempt),
                retryable: true, requestedWait: nil)
        }
        if (200..<300).contains(response.status) { return nil }
        let message = Self.message(from: (try? await response.body.collect(upTo: 1 << 16)) ?? [])
        if flavor.alreadySet(status: response.status, message: message) { return nil }
        return Failure(
            error: CommitStatusError(request: name, httpStatus: response.status, message: message, attempts: attempt),
            retryable: ForgeRetryPolicy.isRetryable(response),
            requestedWait: ForgeRetryPolicy.requestedWait(response, now: Date()))
    }

    /// The forge's `message` (GitHub, Gitea, GitLab) or `error` field, else the body's text, else a placeholder.
    private static func message(from body: [UInt8]) -> String {
        if let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
            for key in ["message", "error"] {
                if let text = object[key] as? String { return text }
                if let value = object[key] { return "\(value)" }
            }
        }
        let text = String(decoding: body.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(no message)" : text
    }
}
