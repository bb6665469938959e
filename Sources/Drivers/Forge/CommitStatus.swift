/// One commit status as berth reports it: on `commit`, under `context` (`berth/web`), in a ``State``.
///
/// ```swift
/// let status = CommitStatus(commit: commit, context: "berth/web", state: .pending,
///                           description: "rollout 12 started", targetURL: "https://berth.example.com/api/v1/runs/12")
/// try await reporter.post(status)
/// ```
package struct CommitStatus: Sendable, Hashable {
    /// Where a rollout stands, in berth's words; each provider maps these to its own names.
    package enum State: String, Sendable, Hashable, CaseIterable {
        case pending
        case success
        /// The change itself failed (a stage, a review).
        case failure
        /// berth could not finish (an infrastructure problem).
        case error
    }

    /// The longest description forges accept (GitHub's limit; Gitea and GitLab take the same).
    package static let maximumDescriptionLength = 140

    /// The commit the status is set on.
    package let commit: CommitID
    /// `berth/<deployment>`, or `berth/plan` for pull requests.
    package let context: String
    /// Where the rollout stands.
    package let state: State
    /// At most ``maximumDescriptionLength`` characters; longer text is cut and ends in `…`.
    package let description: String
    /// The page that tells more (the run's API page).
    package let targetURL: String?

    /// A status; `description` is cut to ``maximumDescriptionLength`` characters.
    package init(commit: CommitID, context: String, state: State, description: String, targetURL: String? = nil) {
        self.commit = commit
        self.context = context
        self.state = state
        self.description = Self.truncated(description)
        self.targetURL = targetURL
    }

    private static func truncated(_ text: String) -> String {
        guard text.count > maximumDescriptionLength else { return text }
        return String(text.prefix(maximumDescriptionLength - 1)) + "…"
    }
}
