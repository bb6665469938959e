/// GitHub's payloads, and Gitea's and Forgejo's, which follow GitHub's shape.
extension WebhookReceiver {
    static func github(headers: WebhookHeaders, body: [UInt8]) throws -> WebhookOutcome {
        guard let event = headers["X-GitHub-Event"] else { return .malformed("missing X-GitHub-Event") }
        switch event {
        case "ping": return .accepted(.ping)
        case "push": return try hubPush(body)
        case "pull_request": return try hubPullRequest(body)
        default: return .ignored("GitHub event \(event) is not handled")
        }
    }

    static func gitea(headers: WebhookHeaders, body: [UInt8]) throws -> WebhookOutcome {
        guard let event = headers["X-Gitea-Event"] ?? headers["X-Forgejo-Event"] else {
            return .malformed("missing X-Gitea-Event or X-Forgejo-Event")
        }
        switch event {
        case "push": return try hubPush(body)
        case "pull_request", "pull_request_sync": return try hubPullRequest(body)
        default: return .ignored("Gitea event \(event) is not handled")
        }
    }

    private static func hubPush(_ body: [UInt8]) throws -> WebhookOutcome {
        let payload = try decode(HubPush.self, from: body)
        return push(repository: payload.repository.urls, ref: payload.ref, after: payload.after)
    }

    private static func hubPullRequest(_ body: [UInt8]) throws -> WebhookOutcome {
        let payload = try decode(HubPullRequest.self, from: body)
        let action: PullRequestEvent.Action
        switch payload.action {
        case "opened": action = .opened
        case "synchronize", "synchronized": action = .synchronize
        case "reopened": action = .reopened
        case "closed": action = .closed
        default: return .ignored("pull request action \(payload.action) changes nothing to plan")
        }
        let request = payload.pullRequest
        return .accepted(
            .pullRequest(
                PullRequestEvent(
                    action: action, repository: payload.repository.urls, number: payload.number,
                    headCommit: try commit(request.head.sha, field: "pull_request.head.sha"),
                    headBranch: request.head.ref, baseBranch: request.base.ref,
                    fromFork: !Self.isSameRepository(request.head.repo, payload.repository))))
    }

    /// Whether a pull request's head repository is the repository it is made against; a head repository the forge
    /// no longer knows (a deleted fork: `null`) is not.
    private static func isSameRepository(_ head: HubRepository?, _ base: HubRepository) -> Bool {
        guard let head else { return false }
        return head.urls.urls.contains { base.urls.matches($0) }
    }

    private struct HubRepository: Decodable {
        let htmlUrl: String?
        let cloneUrl: String?
        let sshUrl: String?
        let gitUrl: String?

        var urls: RepositoryURLs { RepositoryURLs([htmlUrl, cloneUrl, sshUrl, gitUrl]) }
    }

    private struct HubPush: Decodable {
        let ref: String
        let after: String
        let repository: HubRepository
    }

    private struct HubPullRequest: Decodable {
        struct Branch: Decodable {
            let ref: String
            let sha: String
            /// Where the head branch is; `null` once a fork is deleted.
            let repo: HubRepository?
        }
        struct Request: Decodable {
            let head: Branch
            let base: Branch
        }
        let action: String
        let number: Int
        let pullRequest: Request
        let repository: HubRepository
    }
}
