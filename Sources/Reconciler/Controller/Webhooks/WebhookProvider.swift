/// Who sends a webhook: the path it arrives on (`POST /hooks/{provider}`) and how it is signed and shaped.
package enum WebhookProvider: String, Sendable, Hashable, CaseIterable {
    /// `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the body>`; events in `X-GitHub-Event`.
    case github
    /// `X-Gitlab-Token: <secret>`; events in `X-Gitlab-Event`.
    case gitlab
    /// Gitea and Forgejo: `X-Gitea-Signature` or `X-Forgejo-Signature: <hex HMAC-SHA256>`; events in
    /// `X-Gitea-Event` / `X-Forgejo-Event`.
    case gitea
    /// Anything that can send `Authorization: Bearer <secret>` and
    /// `{"repository": "<clone URL>", "branch": "main", "commit": "<optional sha>"}`, read as a push.
    case generic
}
