package import Foundation

/// A forge's commit-status and pull-request API played by `Tests/Fixtures/forge-api-server.py`: GitHub, Gitea or GitLab, checking the
/// path, the token header, the JSON fields and the allowed states as the real one does, keeping pull requests (merge
/// requests) with their state and comments, and recording every request it received.
///
/// ```swift
/// let server = try ForgeAPIServer(flavor: "github", repository: "acme/deploy", token: "t0ken",
///                                 script: [.init(status: 429, headers: ["Retry-After": "1"])])
/// // post to server.baseURL ...
/// let requests = try server.received()
/// ```
package final class ForgeAPIServer: @unchecked Sendable {
    /// An answer given instead of the real handling, to the first status posts, in order.
    package struct ScriptedAnswer: Encodable, Sendable {
        package let status: Int
        package let headers: [String: String]

        package init(status: Int, headers: [String: String] = [:]) {
            self.status = status
            self.headers = headers
        }
    }

    /// One request as the server saw it.
    package struct Request: Decodable, Sendable {
        package let method: String
        /// The raw request target, percent-encoding kept.
        package let path: String
        package let headers: [String: String]
        /// The JSON body's string fields; empty when it was no JSON object.
        package let fields: [String: String]
        /// The status the server answered.
        package let answered: Int

        /// A header by name, case-insensitive.
        package func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }

        enum CodingKeys: String, CodingKey { case method, path, headers, body, answered }

        package init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            method = try container.decode(String.self, forKey: .method)
            path = try container.decode(String.self, forKey: .path)
            headers = try container.decode([String: String].self, forKey: .headers)
            fields = (try? container.decodeIfPresent([String: String].self, forKey: .body)) ?? [:]
            answered = try container.decode(Int.self, forKey: .answered)
        }
    }

    /// A pull request (GitLab: merge request) as the fake keeps it.
    package struct PullRequest: Decodable, Sendable, Equatable {
        package let number: Int
        /// `open` or `closed`.
        package let state: String
        package let head: String
        package let base: String
        package let title: String
        package let body: String
        package let comments: [String]

        package init(
            number: Int, state: String, head: String, base: String, title: String, body: String, comments: [String]
        ) {
            self.number = number
            self.state = state
            self.head = head
            self.base = base
            self.title = title
            self.body = body
            self.comments = comments
        }
    }

    package let port: Int
    private let process: Process
    private let log: URL
    private let state: URL
    private let directory: TemporaryDirectory

    /// Starts the server.
    /// - Parameters:
    ///   - flavor: `github`, `gitea` or `gitlab`.
    ///   - repository: the one `owner/name` it serves.
    ///   - pathPrefix: what comes before the API paths (`/api/v3` for GitHub Enterprise).
    ///   - gitDirectory: a bare repository whose branches a pull request's head and base must be, as on a real forge.
    ///   - statusRepositories: more `owner/name`s that take status posts (app repositories).
    package init(
        flavor: String, repository: String, token: String, pathPrefix: String = "", script: [ScriptedAnswer] = [],
        gitDirectory: URL? = nil, statusRepositories: [String] = []
    ) throws {
        directory = try TemporaryDirectory(prefix: "berth-forge")
        log = directory.url.appendingPathComponent("requests.jsonl")
        state = directory.url.appendingPathComponent("pulls.json")
        let scriptText = String(decoding: try JSONEncoder().encode(script), as: UTF8.self)
        (process, port) = try FixtureServerProcess.launch(
            "forge-api-server.py",
            [
                "--flavor", flavor, "--repo", repository, "--prefix", pathPrefix, "--script", scriptText, "--log",
                log.path, "--state", state.path, "--git-dir", gitDirectory?.path ?? "",
            ] + statusRepositories.flatMap { ["--status-repo", $0] },
            environment: ["BERTH_TEST_FORGE_TOKEN": token])
    }

    /// `http://127.0.0.1:<port>`.
    package var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Every request received so far, in order.
    package func received() throws -> [Request] {
        guard FileManager.default.fileExists(atPath: log.path) else { return [] }
        let decoder = JSONDecoder()
        return try String(decoding: Data(contentsOf: log), as: UTF8.self)
            .split(separator: "\n")
            .map { try decoder.decode(Request.self, from: Data($0.utf8)) }
    }

    /// The pull requests (merge requests) as the fake holds them now, in the order they were opened.
    package func pullRequests() throws -> [PullRequest] {
        guard FileManager.default.fileExists(atPath: state.path) else { return [] }
        return try JSONDecoder().decode([PullRequest].self, from: Data(contentsOf: state))
    }

    deinit {
        GitServerProcess.stop(process)
    }
}
