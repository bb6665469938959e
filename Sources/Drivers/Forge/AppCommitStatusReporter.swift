package import Foundation
package import Logging
import Synchronization

/// Posts commit statuses on the app repositories deployments build from (DESIGN §7): a developer sees on their own
/// commit whether it shipped. Each status goes to the repository its clone URL names, on the forge the config
/// repository's statuses go to.
///
/// Implementations: ``ForgeAppStatusReporter`` (GitHub, Gitea/Forgejo, GitLab) and ``GitNotesAppStatusReporter``.
package protocol AppCommitStatusReporter: Sendable {
    /// Sets `status.context` on `status.commit` of the repository `remote` clones.
    /// - Throws: ``AppRepositoryUnknown`` when `remote` names no repository on a forge; the reporter's own errors.
    func post(_ status: CommitStatus, on remote: GitRemote) async throws
}

/// A clone URL that names no repository on a forge (a `file://` path, a URL without an owner and a name).
package struct AppRepositoryUnknown: Error, CustomStringConvertible {
    package let remote: GitRemote

    package var description: String {
        "cannot tell owner/name of \(remote) on the forge: app-commit statuses need a forge clone URL"
    }
}

/// App-commit statuses through a forge's API: the repository is derived from each clone URL, the API base and the
/// token (`forge.appTokenFile`, else `forge.tokenFile`) are the forge's. One connection per repository is kept.
package final class ForgeAppStatusReporter: AppCommitStatusReporter {
    private let flavor: ForgeFlavor
    private let baseURL: String
    private let token: String
    private let logger: Logger
    private let reporters = Mutex<[ForgeRepository: ForgeStatusReporter]>([:])

    /// - Parameter baseURL: the config repository's reporter checked it already (a wrong one fails at the first
    ///   status here with ``ForgeStatusReporter/InvalidBaseURL``).
    package init(flavor: ForgeFlavor, baseURL: String, token: String, logger: Logger) {
        self.flavor = flavor
        self.baseURL = baseURL
        self.token = token
        self.logger = logger
    }

    package func post(_ status: CommitStatus, on remote: GitRemote) async throws {
        guard let repository = ForgeRepository(cloneURL: remote.url) else { throw AppRepositoryUnknown(remote: remote) }
        try await reporter(for: repository).post(status)
    }

    private func reporter(for repository: ForgeRepository) throws -> ForgeStatusReporter {
        if let known = reporters.withLock({ $0[repository] }) { return known }
        let made = try ForgeStatusReporter(
            flavor: flavor, baseURL: baseURL, repository: repository, token: token, logger: logger)
        return reporters.withLock { reporters in
            if let known = reporters[repository] { return known }
            reporters[repository] = made
            return made
        }
    }
}

/// App-commit statuses as git notes (`refs/notes/berth`) written in each app repository's mirror and pushed to it,
/// as ``GitNotesStatusReporter`` does for the config repository.
package final class GitNotesAppStatusReporter: AppCommitStatusReporter {
    private let repositories: any SourceRepository
    private let reporters = Mutex<[GitRemote: GitNotesStatusReporter]>([:])

    package init(repositories: any SourceRepository) {
        self.repositories = repositories
    }

    package func post(_ status: CommitStatus, on remote: GitRemote) async throws {
        let reporter = reporters.withLock { reporters in
            if let known = reporters[remote] { return known }
            let made = GitNotesStatusReporter(repositories: repositories, remote: remote)
            reporters[remote] = made
            return made
        }
        try await reporter.post(status)
    }
}
