/// A pull request (GitHub, Gitea/Forgejo) or merge request (GitLab) as berth reads it back from the forge.
package struct ForgePullRequest: Sendable, Hashable {
    /// GitHub's and Gitea's `number`, GitLab's project-scoped `iid`: what the web page shows after `#` or `!`.
    package let number: Int
    /// Open or closed (GitLab's `opened`, `closed` and `merged` are mapped: merged counts as closed).
    package let isOpen: Bool
    /// The branch with the changes (`berth/drift/<host>`).
    package let head: String
    /// The branch it merges into.
    package let base: String
    package let title: String
    /// GitHub's and Gitea's `body`, GitLab's `description`.
    package let body: String
    /// The web page, when the forge said.
    package let webURL: String?

    package init(
        number: Int, isOpen: Bool, head: String, base: String, title: String, body: String, webURL: String? = nil
    ) {
        self.number = number
        self.isOpen = isOpen
        self.head = head
        self.base = base
        self.title = title
        self.body = body
        self.webURL = webURL
    }
}
