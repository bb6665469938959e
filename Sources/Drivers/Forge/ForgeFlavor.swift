import Foundation

/// Which forge API a ``ForgeStatusReporter`` speaks, and how each one spells a commit status.
///
/// - `github`: `POST {base}/repos/{owner}/{repo}/statuses/{sha}`, `Authorization: Bearer`; the base is
///   `https://api.github.com` or GitHub Enterprise's `https://host/api/v3`.
/// - `gitea` (and Forgejo): `POST {base}/api/v1/repos/{owner}/{repo}/statuses/{sha}`, `Authorization: token`.
/// - `gitlab`: `POST {base}/api/v4/projects/{url-encoded path}/statuses/{sha}`, `PRIVATE-TOKEN`; berth's states
///   become GitLab's (`pending` → `running`, `failure` and `error` → `failed`).
package enum ForgeFlavor: String, Sendable, Hashable, CaseIterable {
    case github
    case gitea
    case gitlab

    /// The API base for a repository cloned from `cloneURL`, when `forge.baseURL` is not given: GitHub's own API for
    /// `github.com`, GitHub Enterprise's `/api/v3` on any other host, the web root for Gitea and GitLab.
    /// Nil when the URL names no host (a `file://` path).
    package func defaultBaseURL(cloneURL: String) -> String? {
        guard let location = RemoteLocation(cloneURL) else { return nil }
        switch self {
        case .github:
            return location.host == "github.com" ? "https://api.github.com" : location.webRoot + "/api/v3"
        case .gitea, .gitlab:
            return location.webRoot
        }
    }

    /// The web page prefix of a commit of `repository` on the forge whose API is at `baseURL`; the commit's hex id
    /// follows it. `https://api.github.com` gives `https://github.com/acme/deploy/commit/`, a GitHub Enterprise
    /// `https://ghe.example/api/v3` gives `https://ghe.example/acme/deploy/commit/`, and GitLab's pages are under
    /// `/-/commit/`. Nil when `baseURL` is not an http(s) URL.
    package func commitPagePrefix(baseURL: String, repository: ForgeRepository) -> String? {
        var root = Substring(baseURL)
        while root.hasSuffix("/") { root = root.dropLast() }
        guard root.hasPrefix("https://") || root.hasPrefix("http://") else { return nil }
        for suffix in [apiPrefix, "/api/v3"] where !suffix.isEmpty && root.hasSuffix(suffix) {
            root = root.dropLast(suffix.count)
        }
        if self == .github, root == "https://api.github.com" { root = "https://github.com" }
        let path = self == .gitlab ? "/-/commit/" : "/commit/"
        return "\(root)/\(repository.path)\(path)"
    }

    /// What follows the base: `/api/v1` and `/api/v4` for Gitea and GitLab (a base that already ends in it is
    /// taken as is); nothing for GitHub, whose base is the API root.
    var apiPrefix: String {
        switch self {
        case .github: ""
        case .gitea: "/api/v1"
        case .gitlab: "/api/v4"
        }
    }

    /// The path after the base and ``apiPrefix``.
    func statusPath(repository: ForgeRepository, commit: CommitID) -> String {
        switch self {
        case .github, .gitea:
            "/repos/\(PercentEncoding.escape(repository.owner))/\(PercentEncoding.escape(repository.name))"
                + "/statuses/\(commit.hex)"
        case .gitlab:
            "/projects/\(PercentEncoding.escape(repository.path))/statuses/\(commit.hex)"
        }
    }

    /// The header that carries the token.
    func authorization(token: String) -> (name: String, value: String) {
        switch self {
        case .github: ("Authorization", "Bearer \(token)")
        case .gitea: ("Authorization", "token \(token)")
        case .gitlab: ("PRIVATE-TOKEN", token)
        }
    }

    /// Headers besides authorization and content type.
    var extraHeaders: [(name: String, value: String)] {
        switch self {
        case .github: [("Accept", "application/vnd.github+json"), ("X-GitHub-Api-Version", "2022-11-28")]
        case .gitea, .gitlab: [("Accept", "application/json")]
        }
    }

    /// The JSON body.
    func body(for status: CommitStatus) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        switch self {
        case .github, .gitea:
            return Array(
                try encoder.encode(
                    StatusBody(
                        state: status.state.rawValue, description: status.description, context: status.context,
                        name: nil, targetURL: status.targetURL)))
        case .gitlab:
            return Array(
                try encoder.encode(
                    StatusBody(
                        state: Self.gitLabState(status.state), description: status.description, context: nil,
                        name: status.context, targetURL: status.targetURL)))
        }
    }

    /// Whether a refused request means the status is already there: GitLab answers 400 "Cannot transition status"
    /// when a commit status is posted twice in the same state.
    func alreadySet(status: Int, message: String) -> Bool {
        self == .gitlab && status == 400 && message.contains("Cannot transition status")
    }

    private static func gitLabState(_ state: CommitStatus.State) -> String {
        switch state {
        case .pending: "running"
        case .success: "success"
        case .failure, .error: "failed"
        }
    }

    /// The fields the three APIs read; GitHub and Gitea call the label `context`, GitLab `name`.
    private struct StatusBody: Encodable {
        let state: String
        let description: String
        let context: String?
        let name: String?
        let targetURL: String?

        enum CodingKeys: String, CodingKey {
            case state, description, context, name
            case targetURL = "target_url"
        }
    }
}
