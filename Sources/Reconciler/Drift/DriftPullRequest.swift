package import Drivers
import Foundation
package import Logging
import Manifest

/// Drift as a pull request (DESIGN §13, `drift.pullRequest: true`): each scan with findings writes the report to
/// `drift/<host>.md` on the branch `berth/drift/<host>` of the config repository, with the manifest edits that adopt
/// the live values, force-pushed on top of the config branch's head; the forge gets one pull request (GitLab: merge
/// request) from that branch, opened once and updated in place. A clean scan closes it with a comment and deletes
/// the branch. A `git-notes` forge has no API: it gets the branch only.
///
/// ```swift
/// let publisher = DriftPullRequest(
///     enabled: config.drift.pullRequest, repositories: store, branches: store,
///     config: .init(remote: remote, branch: "main", path: "deployments"), forge: .api(client), logger: logger)
/// let outcome = try await publisher.publish(report)
/// ```
package struct DriftPullRequest: Sendable {
    /// Where the manifests live.
    package struct ConfigRepository: Sendable, Hashable {
        package let remote: GitRemote
        /// The branch berth deploys from: the drift branch starts at its head and the pull request merges into it.
        package let branch: String
        /// The folder of manifests in the repository (`""` for the root).
        package let path: String

        package init(remote: GitRemote, branch: String, path: String) {
            self.remote = remote
            self.branch = branch
            self.path = path
        }
    }

    /// How the forge is reached.
    package enum Forge: Sendable {
        /// GitHub, Gitea/Forgejo or GitLab through its API.
        case api(PullRequestClient)
        /// No API (`git-notes`): the branch only.
        case branchOnly
    }

    /// What a publish did.
    package enum Outcome: Sendable, Hashable {
        /// `drift.pullRequest` is off.
        case disabled
        /// The branch was pushed and a pull request opened.
        case opened(ForgePullRequest, commit: CommitID)
        /// The branch was pushed and the open pull request updated (or found up to date).
        case updated(ForgePullRequest, commit: CommitID)
        /// The branch was pushed; the forge has no API.
        case branchPushed(commit: CommitID)
        /// No drift: the pull request with this number was closed (nil: none was open) and the branch deleted.
        case closed(number: Int?)
    }

    private let enabled: Bool
    private let repositories: any SourceRepository
    private let branches: any BranchPublisher
    private let config: ConfigRepository
    private let forge: Forge
    private let logger: Logger

    /// - Parameters:
    ///   - enabled: `drift.pullRequest` from the controller config.
    ///   - repositories: the mirror store the config repository is read from (synced here).
    ///   - branches: what writes and pushes the drift branch (the same ``GitMirrorStore``).
    package init(
        enabled: Bool, repositories: any SourceRepository, branches: any BranchPublisher, config: ConfigRepository,
        forge: Forge, logger: Logger
    ) {
        self.enabled = enabled
        self.repositories = repositories
        self.branches = branches
        self.config = config
        self.forge = forge
        self.logger = logger
    }

    /// `berth/drift/<host>`, the host name reduced to what a branch name may hold.
    package static func branch(host: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
        var name = String(host.map { allowed.contains($0) || $0 == "." ? $0 : "-" })
        while name.hasPrefix(".") || name.hasPrefix("-") { name.removeFirst() }
        while name.hasSuffix(".") || name.hasSuffix(".lock") {
            name = String(name.dropLast(name.hasSuffix(".") ? 1 : 5))
        }
        name = name.replacingOccurrences(of: "..", with: "-")
        return "berth/drift/\(name.isEmpty ? "host" : name)"
    }

    /// `drift/<host>.md`.
    package static func reportPath(host: String) -> String {
        "drift/\(branch(host: host).dropFirst("berth/drift/".count)).md"
    }

    /// Writes the branch and opens or updates the pull request when `report` has findings; closes the pull request
    /// and deletes the branch when it is clean.
    /// - Throws: ``GitError`` (sync, push), ``ForgeRequestError`` (the API); never with a token in it.
    package func publish(_ report: DriftReport) async throws -> Outcome {
        guard enabled else { return .disabled }
        let branch = Self.branch(host: report.host)
        if report.isClean { return try await close(branch: branch, report: report) }

        _ = try await repositories.sync(config.remote)
        let base = try await repositories.resolve(config.branch, in: config.remote)
        let adoption = try await adopt(report.findings, at: base)
        var body = report.markdown()
        if !adoption.notes.isEmpty {
            body += "\n## Not adopted in this branch\n\n" + adoption.notes.map { "- \($0)\n" }.joined()
        }
        var files = adoption.files
        files[Self.reportPath(host: report.host)] = body
        let title = Self.title(report)
        let commit = try await branches.publishBranch(
            branch, from: base, writing: files,
            message: Self.commitMessage(report, edited: adoption.files.keys.sorted()),
            in: config.remote)
        logger.info(
            "drift branch pushed",
            metadata: [
                "drift.host": "\(report.host)", "drift.branch": "\(branch)", "git.commit": "\(commit)",
                "drift.findings": "\(report.findings.count)", "drift.adoptedFiles": "\(adoption.files.count)",
            ])

        guard case .api(let client) = forge else { return .branchPushed(commit: commit) }
        if let open = try await client.findOpen(head: branch, base: config.branch) {
            if open.title == title && open.body == body { return .updated(open, commit: commit) }
            let updated = try await client.update(open.number, title: title, body: body)
            logger.info("drift pull request updated", metadata: ["forge.pullRequest": "\(open.number)"])
            return .updated(updated, commit: commit)
        }
        let opened = try await client.open(title: title, body: body, head: branch, base: config.branch)
        logger.info("drift pull request opened", metadata: ["forge.pullRequest": "\(opened.number)"])
        return .opened(opened, commit: commit)
    }

    private func close(branch: String, report: DriftReport) async throws -> Outcome {
        var closed: Int?
        if case .api(let client) = forge, let open = try await client.findOpen(head: branch, base: config.branch) {
            let commit = report.configCommit.map { " at \($0.prefix(12))" } ?? ""
            try await client.comment(
                on: open.number,
                body: "drift is gone: \(report.host) matches \(config.branch)\(commit) "
                    + "(scan of \(Self.timestamp(report.scannedAt))). Closing; berth deletes `\(branch)`.")
            try await client.close(open.number)
            logger.info("drift pull request closed", metadata: ["forge.pullRequest": "\(open.number)"])
            closed = open.number
        }
        try await branches.deleteBranch(branch, in: config.remote)
        return .closed(number: closed)
    }

    /// The manifest files rewritten to adopt the live values (path → text), and a line for each edit that could
    /// not be made.
    private func adopt(_ findings: [DriftFinding], at base: CommitID) async throws -> (
        files: [String: String], notes: [String]
    ) {
        let edits = findings.compactMap(ManifestEdit.init(adopting:))
        guard !edits.isEmpty else { return ([:], []) }
        let manifests = try await repositories.files(
            under: config.path, at: base, in: config.remote, pathExtensions: ["yaml", "yml"]
        ).filter { !ComposeFile.isComposeFile($0.path) }
        var files: [String: String] = [:]
        var notes: [String] = []
        var done = Set<ManifestEdit>()
        for file in manifests {
            guard let original = String(data: file.contents, encoding: .utf8) else { continue }
            var text = original
            for edit in edits where !done.contains(edit) {
                do {
                    guard let edited = try ManifestTextEditor.apply(edit, to: text) else { continue }
                    text = edited
                } catch {
                    notes.append("`\(file.path)`: \(error)")
                }
                done.insert(edit)
            }
            if text != original { files[file.path] = text }
        }
        for edit in edits where !done.contains(edit) {
            notes.append(
                "\(edit): no manifest under `\(config.path.isEmpty ? "/" : config.path)` names \(edit.deployment)")
        }
        return (files, notes)
    }

    static func title(_ report: DriftReport) -> String {
        let count = report.findings.count
        return "Drift on \(report.host): \(count) finding\(count == 1 ? "" : "s")"
    }

    static func commitMessage(_ report: DriftReport, edited: [String]) -> String {
        var message = "\(title(report))\n\nScan of \(timestamp(report.scannedAt))"
        if let commit = report.configCommit { message += " against config commit \(commit)" }
        message += ".\n"
        if !edited.isEmpty {
            message += "\nAdopts the live values in:\n" + edited.map { "  \($0)\n" }.joined()
        }
        return message
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }
}
