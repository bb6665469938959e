/// `forge`: where commit statuses go (DESIGN §7).
package struct ForgeConfig: Sendable, Hashable {
    /// The forge API statuses are written to (`git-notes` works with any git server).
    package enum Provider: String, Sendable, Hashable, CaseIterable {
        case github
        case gitea
        case gitlab
        case gitNotes = "git-notes"
    }

    /// Which forge.
    package var provider: Provider
    /// API base; defaults to `https://api.github.com` for GitHub and `https://gitlab.com/api/v4` for GitLab.
    package var baseURL: String?
    /// `owner/name`; derived from `configRepo.url` when absent.
    package var repo: String?
    /// Needed by every provider but `git-notes`.
    package var tokenFile: String?
    /// The token for statuses on app commits, when the app repositories need another one than the config
    /// repository's; default: ``tokenFile``.
    package var appTokenFile: String?

    /// Creates a forge entry.
    package init(provider: Provider, baseURL: String? = nil, repo: String? = nil, tokenFile: String? = nil) {
        self.provider = provider
        self.baseURL = baseURL
        self.repo = repo
        self.tokenFile = tokenFile
    }
}
