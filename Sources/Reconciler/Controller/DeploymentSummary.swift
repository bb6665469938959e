package import Foundation
package import Manifest

/// One deployment as the dashboard's overview shows it: its status, its newest rollout, where it is reached,
/// whether it is suspended from the dashboard, and links to its commits.
package struct DeploymentSummary: Sendable, Hashable {
    package var status: DeploymentStatus
    /// The newest rollout history keeps; nil when it never rolled out under this berth.
    package var lastRollout: Rollout?
    /// `host/path` of its `spec.route`; nil without one.
    package var route: String?
    /// The web page of the app commit it runs, when its source repository is an http(s) URL.
    package var appCommitURL: String?
    /// The forge's web page of the config commit it runs, when a forge is configured.
    package var configCommitURL: String?
    /// Who suspended it from the dashboard, and when; nil when not suspended there.
    package var suspension: Suspension?
    /// Whether `spec.suspend` is true in the newest desired state.
    package var suspendedInManifest: Bool

    package init(
        status: DeploymentStatus, lastRollout: Rollout? = nil, route: String? = nil, appCommitURL: String? = nil,
        configCommitURL: String? = nil, suspension: Suspension? = nil, suspendedInManifest: Bool = false
    ) {
        self.status = status
        self.lastRollout = lastRollout
        self.route = route
        self.appCommitURL = appCommitURL
        self.configCommitURL = configCommitURL
        self.suspension = suspension
        self.suspendedInManifest = suspendedInManifest
    }

    /// Whether its `Drifted` condition is true.
    package var isDrifted: Bool {
        status.conditions.contains { $0.kind == .drifted && $0.status == .true }
    }

    /// The summaries of `statuses`, with what `declared` says of each and what `history` keeps (one query each for
    /// the newest rollouts and the dashboard's suspensions).
    package static func current(
        statuses: [DeploymentStatus], declared: [Deployment], history: History,
        configCommitURL: (String) -> String?
    ) async throws -> [DeploymentSummary] {
        let (lastRollouts, suspensions) = (try await history.latestRollouts(), try await history.suspensions())
        return all(
            statuses: statuses, declared: declared, lastRollouts: lastRollouts, suspensions: suspensions,
            configCommitURL: configCommitURL)
    }

    /// The summaries of `statuses`, with what desired state declares of each (route, source repository,
    /// `spec.suspend`) and what history keeps (newest rollouts, dashboard suspensions).
    package static func all(
        statuses: [DeploymentStatus], declared: [Deployment], lastRollouts: [String: Rollout],
        suspensions: [String: Suspension], configCommitURL: (String) -> String?
    ) -> [DeploymentSummary] {
        let byName = Dictionary(declared.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return statuses.map { status in
            let spec = byName[status.name]?.spec
            let route = spec?.route.map { $0.host + $0.path }
            var appCommitURL: String?
            if case .source(let source, _, _)? = spec?.artifact, let commit = status.appCommit {
                appCommitURL = commitPage(repository: source.repo, commit: commit)
            }
            return DeploymentSummary(
                status: status, lastRollout: lastRollouts[status.name], route: route, appCommitURL: appCommitURL,
                configCommitURL: status.configCommit.flatMap(configCommitURL), suspension: suspensions[status.name],
                suspendedInManifest: spec?.suspend ?? false
            )
        }
    }

    /// `<repository>/commit/<commit>` for an http(s) repository URL (GitHub, Gitea and GitLab all answer it); nil
    /// for any other URL, or a commit that is not a hex id (an image id).
    static func commitPage(repository: String, commit: String) -> String? {
        guard repository.hasPrefix("https://") || repository.hasPrefix("http://"),
            !commit.isEmpty, commit.allSatisfy(\.isHexDigit)
        else { return nil }
        var base = Substring(repository)
        while base.hasSuffix("/") { base = base.dropLast() }
        if base.hasSuffix(".git") { base = base.dropLast(4) }
        return "\(base)/commit/\(commit)"
    }
}
