package import Drivers

/// What a verified webhook asks of the controller.
package enum WebhookEvent: Sendable, Hashable {
    /// A branch moved: reconcile what is built from it (everything, when it is the config branch).
    case push(PushEvent)
    /// A pull (merge) request was opened or its head moved: plan its head.
    case pullRequest(PullRequestEvent)
    /// The forge checks that the hook works (GitHub's `ping`).
    case ping
}

/// A push to a branch.
package struct PushEvent: Sendable, Hashable {
    /// The repository pushed to.
    package let repository: RepositoryURLs
    /// The branch name, `refs/heads/` taken off.
    package let branch: String
    /// The commit the branch points at now; nil when the sender did not say (a generic hook).
    package let after: CommitID?

    /// A push event.
    package init(repository: RepositoryURLs, branch: String, after: CommitID?) {
        self.repository = repository
        self.branch = branch
        self.after = after
    }
}

/// A pull request (GitLab: merge request) whose head is worth planning.
package struct PullRequestEvent: Sendable, Hashable {
    /// The forges' actions, normalised; other actions (edited, labelled…) are ignored.
    package enum Action: String, Sendable, Hashable {
        case opened
        /// New commits on the head (GitHub `synchronize`, Gitea `synchronized`, GitLab `update` with `oldrev`).
        case synchronize
        case reopened
        /// Closed, merged or not (GitLab `close` and `merge`): its preview goes.
        case closed
    }

    /// What happened to the request.
    package let action: Action
    /// The repository the request is made against (where statuses go).
    package let repository: RepositoryURLs
    /// The request's number (GitLab: `iid`).
    package let number: Int
    /// The head commit, which the plan is for and the `berth/plan` status goes on.
    package let headCommit: CommitID
    /// The branch with the proposed change.
    package let headBranch: String
    /// The branch it would merge into.
    package let baseBranch: String
    /// Whether the head branch is in another repository (a fork): berth fetches only the repository's own branches,
    /// and builds no stranger's code as a preview.
    package let fromFork: Bool

    /// A pull request event.
    package init(
        action: Action, repository: RepositoryURLs, number: Int, headCommit: CommitID, headBranch: String,
        baseBranch: String, fromFork: Bool = false
    ) {
        self.action = action
        self.repository = repository
        self.number = number
        self.headCommit = headCommit
        self.headBranch = headBranch
        self.baseBranch = baseBranch
        self.fromFork = fromFork
    }
}
