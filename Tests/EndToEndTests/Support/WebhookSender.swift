import Crypto
import Drivers
import Foundation
import Logging

/// Sends webhooks to a running `berth run` on 127.0.0.1 the way GitHub, GitLab and Gitea do, and calls its API.
struct WebhookSender {
    let port: Int
    let secret: String

    /// What berth answered.
    struct Answer {
        let status: Int
        let body: String
    }

    /// A GitHub (or, with `provider: "gitea"`, Gitea) push of `branch` to the repository at `url`.
    static func pushPayload(url: String, branch: String = "main", after: String = String(repeating: "a", count: 40))
        -> String
    {
        #"{"ref":"refs/heads/\#(branch)","after":"\#(after)","repository":{"clone_url":"\#(url)","html_url":"\#(url)"}}"#
    }

    /// A GitHub pull request event (`action`: opened, synchronize, closed…) on the repository at `url`.
    static func pullRequestPayload(
        url: String, number: Int, head: String, headBranch: String, action: String = "opened"
    ) -> String {
        #"{"action":"\#(action)","number":\#(number),"pull_request":{"head":{"ref":"\#(headBranch)","sha":"\#(head)","repo":{"clone_url":"\#(url)"}},"base":{"ref":"main","sha":"\#(String(repeating: "0", count: 40))"}},"repository":{"clone_url":"\#(url)"}}"#
    }

    /// A GitLab push (`Push Hook`) of `main` to the repository at `url`.
    static func gitlabPushPayload(url: String) -> String {
        #"{"object_kind":"push","ref":"refs/heads/main","after":"\#(String(repeating: "a", count: 40))","project":{"git_http_url":"\#(url)","web_url":"\#(url)"}}"#
    }

    /// POSTs `body` to `/hooks/github` signed with `X-Hub-Signature-256` (with `signWith` instead of the secret
    /// when given).
    func github(event: String, _ body: String, signWith key: String? = nil) async throws -> Answer {
        try await post(
            "/hooks/github", body,
            headers: [("X-GitHub-Event", event), ("X-Hub-Signature-256", "sha256=" + hmac(body, key: key ?? secret))]
        )
    }

    /// POSTs `body` to `/hooks/gitea` signed with `X-Gitea-Signature`.
    func gitea(event: String, _ body: String, signWith key: String? = nil) async throws -> Answer {
        try await post(
            "/hooks/gitea", body, headers: [("X-Gitea-Event", event), ("X-Gitea-Signature", hmac(body, key: key ?? secret))]
        )
    }

    /// POSTs `body` to `/hooks/gitlab` with `X-Gitlab-Token`.
    func gitlab(event: String, _ body: String, token: String? = nil) async throws -> Answer {
        try await post("/hooks/gitlab", body, headers: [("X-Gitlab-Event", event), ("X-Gitlab-Token", token ?? secret)])
    }

    private func hmac(_ body: String, key: String) -> String {
        HMAC<SHA256>.authenticationCode(for: Data(body.utf8), using: SymmetricKey(data: Data(key.utf8)))
            .map { String(format: "%02x", $0) }.joined()
    }

    /// `POST /api/v1/<path>` with the API's bearer token.
    func api(_ path: String, _ body: String = "", token: String) async throws -> Answer {
        try await post("/api/v1/" + path, body, headers: [("Authorization", "Bearer \(token)")])
    }

    /// `GET path` (`/metrics`, `/api/v1/...`).
    func get(_ path: String) async throws -> Answer {
        try await send("GET", path, nil, headers: [])
    }

    /// The value of the Prometheus sample `name` (a full sample name with labels, as `/metrics` prints it).
    func metric(_ name: String) async throws -> Double? {
        try await get("/metrics").body.split(separator: "\n").lazy
            .compactMap { line -> Double? in
                let parts = line.split(separator: " ")
                return parts.count == 2 && parts[0] == name ? Double(parts[1]) : nil
            }.first
    }

    private func post(_ path: String, _ body: String, headers: [(String, String)]) async throws -> Answer {
        try await send("POST", path, body, headers: [("Content-Type", "application/json")] + headers)
    }

    private func send(_ method: String, _ path: String, _ body: String?, headers: [(String, String)]) async throws
        -> Answer
    {
        let client = HTTPClient(
            endpoint: .tcp(host: "127.0.0.1", port: port), connectTimeout: .seconds(2),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
        let response = try await client.execute(
            HTTPRequest(
                method: method, target: path, headers: headers.map { (name: $0.0, value: $0.1) },
                body: body.map { .bytes(Array($0.utf8)) } ?? .empty, timeout: .seconds(30)
            )
        )
        let text = String(decoding: try await response.body.collect(upTo: 64 * 1024), as: UTF8.self)
        return Answer(status: response.status, body: text)
    }
}
