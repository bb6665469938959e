/// GitLab's `Push Hook` and `Merge Request Hook` payloads.
extension WebhookReceiver {
    static func gitlab(headers: WebhookHeaders, body: [UInt8]) throws -> WebhookOutcome {
        guard let event = headers["X-Gitlab-Event"] else { return .malformed("missing X-Gitlab-Event") }
        switch event {
        case "Push Hook":
            let payload = try decode(LabPush.self, from: body)
            return push(repository: payload.project.urls, ref: payload.ref, after: payload.after)
        case "Merge Request Hook":
            return try mergeRequest(decode(LabMergeRequest.self, from: body))
        default:
            return .ignored("GitLab event \(event) is not handled")
        }
    }

    private static func mergeRequest(_ payload: LabMergeRequest) throws -> WebhookOutcome {
        let attributes = payload.objectAttributes
        let action: PullRequestEvent.Action
        switch attributes.action {
        case "open": action = .opened
        case "reopen": action = .reopened
        case "close", "merge": action = .closed
        case "update" where attributes.oldrev != nil: action = .synchronize
        case "update": return .ignored("merge request update without new commits changes nothing to plan")
        case let other: return .ignored("merge request action \(other ?? "none") changes nothing to plan")
        }
        return .accepted(
            .pullRequest(
                PullRequestEvent(
                    action: action, repository: payload.project.urls, number: attributes.iid,
                    headCommit: try commit(attributes.lastCommit.id, field: "object_attributes.last_commit.id"),
                    headBranch: attributes.sourceBranch, baseBranch: attributes.targetBranch,
                    fromFork: attributes.isFromFork)))
    }

    private struct LabProject: Decodable {
        let webUrl: String?
        let gitHttpUrl: String?
        let gitSshUrl: String?

        var urls: RepositoryURLs { RepositoryURLs([webUrl, gitHttpUrl, gitSshUrl]) }
    }

    private struct LabPush: Decodable {
        let ref: String
        let after: String
        let project: LabProject
    }

    private struct LabMergeRequest: Decodable {
        struct Commit: Decodable {
            let id: String
        }
        struct Attributes: Decodable {
            let iid: Int
            let action: String?
            let sourceBranch: String
            let targetBranch: String
            let lastCommit: Commit
            /// The head before an update; present only when the update pushed commits.
            let oldrev: String?
            /// The projects of the source and target branches.
            let source: LabProject?
            let target: LabProject?

            /// Whether the source branch is in another project than the target (a fork).
            var isFromFork: Bool {
                guard let source, let target else { return false }
                return !source.urls.urls.contains { target.urls.matches($0) }
            }
        }
        let project: LabProject
        let objectAttributes: Attributes
    }
}
