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
    package var flavor: ForgeFlavor { connection.flavor }
    /// The repository statuses are posted to.
    package let repository: ForgeRepository
    private let connection: ForgeAPIConnection

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
        self.repository = repository
        self.connection = try ForgeAPIConnection(
            flavor: flavor, baseURL: baseURL, token: token, retry: retry, tls: tls, requestTimeout: requestTimeout,
            logger: logger)
    }

    /// Posts `status`, retrying per the policy.
    /// - Throws: ``CommitStatusError`` after the last try or at a refusal that no retry changes; `CancellationError`.
    package func post(_ status: CommitStatus) async throws {
        do {
            _ = try await connection.send(
                "POST", flavor.statusPath(repository: repository, commit: status.commit),
                body: try flavor.body(for: status))
        } catch let error as ForgeRequestError {
            if let code = error.httpStatus, flavor.alreadySet(status: code, message: error.message) { return }
            throw error
        }
    }
}
