/// How each forge spells pull requests:
///
/// - `github`: `GET/POST {base}/repos/{o}/{r}/pulls` (list filtered by `head=owner:branch`), `PATCH …/pulls/{n}`
///   (`title`, `body`, `state: closed`), comments on `POST …/issues/{n}/comments`.
/// - `gitea` (Forgejo): the same under `/api/v1` (the list has no head filter: berth pages through the open ones).
/// - `gitlab`: `GET/POST {base}/api/v4/projects/{encoded path}/merge_requests` (`source_branch`, `target_branch`,
///   `description`), `PUT …/merge_requests/{iid}` (`state_event: close`), notes on `POST …/merge_requests/{iid}/notes`.
extension ForgeFlavor {
    /// `/repos/{o}/{r}` or `/projects/{encoded path}`.
    func repositoryPath(_ repository: ForgeRepository) -> String {
        switch self {
        case .github, .gitea:
            "/repos/\(PercentEncoding.escape(repository.owner))/\(PercentEncoding.escape(repository.name))"
        case .gitlab:
            "/projects/\(PercentEncoding.escape(repository.path))"
        }
    }

    /// The collection: `…/pulls` or `…/merge_requests`.
    func pullsPath(_ repository: ForgeRepository) -> String {
        repositoryPath(repository) + (self == .gitlab ? "/merge_requests" : "/pulls")
    }

    /// Where comments on pull request `number` go.
    func commentsPath(_ repository: ForgeRepository, number: Int) -> String {
        switch self {
        case .github, .gitea: repositoryPath(repository) + "/issues/\(number)/comments"
        case .gitlab: pullsPath(repository) + "/\(number)/notes"
        }
    }

    /// The method that edits one: `PATCH` (GitHub, Gitea) or `PUT` (GitLab).
    var editMethod: String { self == .gitlab ? "PUT" : "PATCH" }

    /// The fields that open one.
    func openFields(title: String, body: String, head: String, base: String) -> [String: String] {
        switch self {
        case .github, .gitea: ["title": title, "body": body, "head": head, "base": base]
        case .gitlab: ["title": title, "description": body, "source_branch": head, "target_branch": base]
        }
    }

    /// The fields that set title and body.
    func editFields(title: String, body: String) -> [String: String] {
        self == .gitlab ? ["title": title, "description": body] : ["title": title, "body": body]
    }

    /// The fields that close one.
    var closeFields: [String: String] { self == .gitlab ? ["state_event": "close"] : ["state": "closed"] }

    /// The longest body the forge takes (GitHub: 65 536 characters; GitLab: 1 000 000; Gitea has no documented
    /// limit, its database column is `TEXT`: 65 535 bytes on MySQL, so berth keeps to GitHub's size there too).
    var maximumBodyLength: Int { self == .gitlab ? 1_000_000 : 65_536 }

    /// A pull request read from one answer object; nil when it lacks the fields every forge sends.
    func pullRequest(from object: [String: Any]) -> ForgePullRequest? {
        switch self {
        case .github, .gitea:
            guard let number = object["number"] as? Int, let state = object["state"] as? String,
                let head = (object["head"] as? [String: Any])?["ref"] as? String,
                let base = (object["base"] as? [String: Any])?["ref"] as? String
            else { return nil }
            return ForgePullRequest(
                number: number, isOpen: state == "open", head: head, base: base,
                title: object["title"] as? String ?? "", body: object["body"] as? String ?? "",
                webURL: object["html_url"] as? String)
        case .gitlab:
            guard let number = object["iid"] as? Int, let state = object["state"] as? String,
                let head = object["source_branch"] as? String, let base = object["target_branch"] as? String
            else { return nil }
            return ForgePullRequest(
                number: number, isOpen: state == "opened", head: head, base: base,
                title: object["title"] as? String ?? "", body: object["description"] as? String ?? "",
                webURL: object["web_url"] as? String)
        }
    }
}
