/// Posts commit statuses to where the team looks: a forge's API or notes in the repository itself.
///
/// Implementations: ``ForgeStatusReporter`` (GitHub, Gitea/Forgejo, GitLab) and ``GitNotesStatusReporter``.
/// A failure throws; the caller decides that a forge outage never fails a rollout.
package protocol CommitStatusReporter: Sendable {
    /// Sets `status.context` on `status.commit` to `status.state`.
    /// - Throws: ``CommitStatusError`` naming the URL and HTTP status (never a token), or a ``GitError``.
    func post(_ status: CommitStatus) async throws
}
