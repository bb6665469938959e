import Foundation
package import Logging

/// Finds, opens, edits, comments on and closes pull requests (GitHub, Gitea/Forgejo) or merge requests (GitLab)
/// through the forge's REST API, with the same base URL, token header and retries as ``ForgeStatusReporter``.
///
/// The token goes only into the authorization header: a failure is a ``ForgeRequestError`` naming the method, URL
/// and HTTP status.
/// ```swift
/// let client = try PullRequestClient(
///     flavor: .github, baseURL: "https://api.github.com", repository: ForgeRepository(path: "acme/deploy")!,
///     token: tokenFromFile, logger: logger)
/// if let open = try await client.findOpen(head: "berth/drift/web-1", base: "main") {
///     _ = try await client.update(open.number, title: "Drift on web-1", body: report)
/// } else {
///     _ = try await client.open(title: "Drift on web-1", body: report, head: "berth/drift/web-1", base: "main")
/// }
/// ```
package struct PullRequestClient: Sendable {
    /// Which API is spoken.
    package var flavor: ForgeFlavor { connection.flavor }
    /// The repository the pull requests belong to (head and base are branches of it).
    package let repository: ForgeRepository
    private let connection: ForgeAPIConnection

    /// Open pull requests read per page when a forge cannot filter by head (Gitea's largest page).
    static let pageSize = 50
    /// Pages read at most when looking for one.
    static let maximumPages = 20

    /// - Parameters: as ``ForgeStatusReporter/init(flavor:baseURL:repository:token:retry:tls:requestTimeout:logger:)``.
    /// - Throws: ``ForgeStatusReporter/InvalidBaseURL``.
    package init(
        flavor: ForgeFlavor, baseURL: String, repository: ForgeRepository, token: String,
        retry: ForgeRetryPolicy = ForgeRetryPolicy(), tls: HTTPEndpoint.TLS = HTTPEndpoint.TLS(),
        requestTimeout: Duration = .seconds(30), logger: Logger
    ) throws(ForgeStatusReporter.InvalidBaseURL) {
        self.repository = repository
        self.connection = try ForgeAPIConnection(
            flavor: flavor, baseURL: baseURL, token: token, retry: retry, tls: tls, requestTimeout: requestTimeout,
            logger: logger)
    }

    /// The open pull request from `head` into `base`, if there is one (the lowest number when several are).
    /// - Throws: ``ForgeRequestError``.
    package func findOpen(head: String, base: String) async throws -> ForgePullRequest? {
        let collection = flavor.pullsPath(repository)
        let headQuery = PercentEncoding.escape(head)
        let baseQuery = PercentEncoding.escape(base)
        switch flavor {
        case .github:
            let owner = PercentEncoding.escape(repository.owner)
            let path = "\(collection)?state=open&head=\(owner)%3A\(headQuery)&base=\(baseQuery)&per_page=100"
            return try await list(path).filter { $0.isOpen && $0.head == head && $0.base == base }
                .min { $0.number < $1.number }
        case .gitlab:
            let path =
                "\(collection)?state=opened&source_branch=\(headQuery)&target_branch=\(baseQuery)&per_page=100"
            return try await list(path).filter { $0.isOpen && $0.head == head && $0.base == base }
                .min { $0.number < $1.number }
        case .gitea:
            for page in 1...Self.maximumPages {
                let found = try await list("\(collection)?state=open&page=\(page)&limit=\(Self.pageSize)")
                if let match = found.filter({ $0.isOpen && $0.head == head && $0.base == base })
                    .min(by: { $0.number < $1.number })
                {
                    return match
                }
                if found.count < Self.pageSize { break }
            }
            return nil
        }
    }

    /// Opens a pull request from `head` into `base`; a body longer than the forge takes is cut with a note.
    /// - Throws: ``ForgeRequestError`` (GitHub 422, Gitea and GitLab 409 when one is open for `head` already).
    package func open(title: String, body: String, head: String, base: String) async throws -> ForgePullRequest {
        let path = flavor.pullsPath(repository)
        let answer = try await connection.send(
            "POST", path, json: flavor.openFields(title: title, body: fitted(body), head: head, base: base))
        return try pullRequest(in: answer, "POST", path)
    }

    /// Sets the title and body of pull request `number`.
    /// - Throws: ``ForgeRequestError``.
    package func update(_ number: Int, title: String, body: String) async throws -> ForgePullRequest {
        let path = flavor.pullsPath(repository) + "/\(number)"
        let answer = try await connection.send(
            flavor.editMethod, path, json: flavor.editFields(title: title, body: fitted(body)))
        return try pullRequest(in: answer, flavor.editMethod, path)
    }

    /// Adds a comment (a GitLab note) to pull request `number`.
    /// - Throws: ``ForgeRequestError``.
    package func comment(on number: Int, body: String) async throws {
        _ = try await connection.send(
            "POST", flavor.commentsPath(repository, number: number), json: ["body": fitted(body)])
    }

    /// Closes pull request `number` without merging it.
    /// - Throws: ``ForgeRequestError``.
    package func close(_ number: Int) async throws {
        _ = try await connection.send(
            flavor.editMethod, flavor.pullsPath(repository) + "/\(number)", json: flavor.closeFields)
    }

    private func list(_ path: String) async throws -> [ForgePullRequest] {
        let answer = try await connection.send("GET", path)
        guard let objects = answer.json as? [[String: Any]] else {
            throw connection.unreadable("GET", path, "not a JSON list")
        }
        return objects.compactMap { flavor.pullRequest(from: $0) }
    }

    private func pullRequest(
        in answer: ForgeAPIConnection.Answer, _ method: String, _ path: String
    ) throws -> ForgePullRequest {
        guard let object = answer.json as? [String: Any], let pullRequest = flavor.pullRequest(from: object) else {
            throw connection.unreadable(method, path, "no pull request in the answer")
        }
        return pullRequest
    }

    /// `body`, cut to the forge's limit with a note saying so.
    private func fitted(_ body: String) -> String {
        let limit = flavor.maximumBodyLength
        guard body.count > limit else { return body }
        let note = "\n\n… (cut: the full report is in the branch)\n"
        return String(body.prefix(limit - note.count)) + note
    }
}
