/// The generic hook: `{"repository": "<clone URL>", "branch": "main", "commit": "<sha, optional>"}`, read as a push,
/// for CI jobs and scripts that have no forge webhook.
extension WebhookReceiver {
    static func generic(body: [UInt8]) throws -> WebhookOutcome {
        let payload = try decode(GenericPush.self, from: body)
        guard !payload.repository.isEmpty, !payload.branch.isEmpty else {
            return .malformed("repository and branch must not be empty")
        }
        return push(
            repository: RepositoryURLs([payload.repository]), ref: "refs/heads/" + payload.branch, after: payload.commit
        )
    }

    private struct GenericPush: Decodable {
        let repository: String
        let branch: String
        let commit: String?
    }
}
