import Drivers
import Foundation
import Logging

/// The HTTP(S) URL a remote reviewer talks to, and the one way reviewers POST JSON to it: within ``timeout``,
/// with bounded retries on 5xx, 429, timeouts and refused connections (never on other 4xx).
struct ReviewEndpoint: Sendable {
    /// Where the server listens.
    let endpoint: HTTPEndpoint
    /// The URL's path without a trailing slash (`/v1`), prefixed to request paths.
    let pathPrefix: String
    /// The reviewer's name, for errors.
    let reviewer: String
    /// How long one review may take, retries included.
    let timeout: Duration
    let retry: Retry
    private let logger: Logger

    /// Parses `http(s)://host[:port][/path]`.
    /// - Throws: ``ReviewerError`` (`misconfigured`) for anything else.
    init(url: String, reviewer: String, timeout: Duration, retry: Retry, logger: Logger) throws(ReviewerError) {
        guard let split = HTTPEndpoint.split(url: url) else {
            throw ReviewerError(reviewer: reviewer, kind: .misconfigured, message: "\(url) is not an http(s) URL")
        }
        endpoint = split.endpoint
        pathPrefix = split.path.hasSuffix("/") ? String(split.path.dropLast()) : split.path
        self.reviewer = reviewer
        self.timeout = timeout
        self.retry = retry
        self.logger = logger
    }

    /// `http://host:port/prefix`, for descriptions.
    var displayURL: String { "\(endpoint)\(pathPrefix)" }

    /// How many attempts and how long between them.
    struct Retry: Sendable {
        var attempts: Int
        /// The wait before the second attempt; doubled for each one after.
        var backoff: Duration

        static let standard = Retry(attempts: 3, backoff: .milliseconds(500))
    }

    /// POSTs `body` as JSON to `pathPrefix + path` and returns the 2xx reply's body (at most 4 MiB).
    /// - Throws: ``ReviewerError`` once the retries or the time are used up.
    func postJSON(_ path: String, body: [UInt8], headers: [(name: String, value: String)]) async throws -> [UInt8] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        let client = HTTPClient(endpoint: endpoint, connectTimeout: min(timeout, .seconds(10)), logger: logger)
        var wait = retry.backoff
        var attempt = 1
        while true {
            let remaining = deadline - clock.now
            guard remaining > .zero else { throw timedOut(timeout) }
            let failure: ReviewerError
            switch try await send(path, body: body, headers: headers, timeout: remaining, client: client) {
            case .reply(let reply): return reply
            case .retryable(let error): failure = error
            }
            logger.debug(
                "reviewer request failed",
                metadata: ["reviewer": "\(reviewer)", "attempt": "\(attempt)", "error": "\(failure)"])
            guard attempt < retry.attempts, clock.now + wait < deadline else {
                throw failure.kind == .timedOut || clock.now >= deadline ? timedOut(timeout) : failure
            }
            try await Task.sleep(for: wait)
            wait *= 2
            attempt += 1
        }
    }

    private enum Outcome {
        case reply([UInt8])
        /// A failure worth another attempt.
        case retryable(ReviewerError)
    }

    /// One attempt: the reply, a failure worth retrying, or a thrown failure that is final.
    private func send(
        _ path: String, body: [UInt8], headers: [(name: String, value: String)], timeout: Duration, client: HTTPClient
    ) async throws -> Outcome {
        let request = HTTPRequest(
            method: "POST", target: pathPrefix + path,
            headers: [("Content-Type", "application/json"), ("Accept", "application/json")] + headers,
            body: .bytes(body), timeout: timeout)
        do {
            let response = try await client.execute(request)
            let reply = try await response.body.collect(upTo: 4 << 20)
            if (200..<300).contains(response.status) { return .reply(reply) }
            let failure = ReviewerError(
                reviewer: reviewer, kind: .status(response.status),
                message: "POST \(endpoint)\(pathPrefix + path) answered \(response.status)\(Self.excerpt(reply))")
            // A refused request shape is final even as a 500 (llama-cpp-python's server answers a json_schema
            // response_format so): the caller asks again in another shape.
            guard response.status >= 500 || response.status == 429, !failure.refusesResponseFormat else {
                throw failure
            }
            return .retryable(failure)
        } catch let error as HTTPTransportError {
            let failure = ReviewerError(
                reviewer: reviewer, kind: error.kind == .timedOut ? .timedOut : .unreachable, message: error.description
            )
            if error.kind == .tls { throw failure }
            return .retryable(failure)
        } catch let error as HTTPResponseBody.TooLarge {
            throw ReviewerError(reviewer: reviewer, kind: .invalidReply, message: error.description)
        }
    }

    /// `: <the start of an error reply>`, one line, at most 200 characters; empty for an empty reply.
    private static func excerpt(_ reply: [UInt8]) -> String {
        let text = String(decoding: reply.prefix(600), as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
        return text.isEmpty ? "" : ": " + String(text.prefix(200))
    }

    private func timedOut(_ timeout: Duration) -> ReviewerError {
        ReviewerError(reviewer: reviewer, kind: .timedOut, message: "no verdict from \(displayURL) within \(timeout)")
    }
}
