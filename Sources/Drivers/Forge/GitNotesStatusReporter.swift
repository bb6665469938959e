/// Posts commit statuses as a git note on the commit under `refs/notes/berth`, pushed to the remote: works with any
/// git server. One line per context, sorted:
///
/// ```text
/// berth/api: pending — rollout 13 started (https://berth.example.com/api/v1/runs/13)
/// berth/web: success — generation 4 is live (https://berth.example.com/api/v1/runs/12)
/// ```
///
/// A note holds every context on its commit, so the reporter remembers the lines it wrote for the latest commits
/// (``rememberedCommits``); a status for a commit it has forgotten starts that note afresh. Writes are serialised:
/// the last status posted is the last one written.
package actor GitNotesStatusReporter: CommitStatusReporter {
    /// How many commits' lines are kept in memory.
    package static let rememberedCommits = 64

    private let repositories: any SourceRepository
    private let remote: GitRemote
    /// Lines by context, per commit, and the commits in the order they were last written.
    private var lines: [CommitID: [String: String]] = [:]
    private var recent: [CommitID] = []
    /// The write in progress; the next one waits for it.
    private var lastWrite: Task<Void, any Error>?

    /// - Parameters:
    ///   - repositories: the mirror store the remote is synced into (``SourceRepository/writeNote(_:on:in:)``).
    ///   - remote: the repository whose commits get the notes (the config repository).
    package init(repositories: any SourceRepository, remote: GitRemote) {
        self.repositories = repositories
        self.remote = remote
    }

    /// Writes the note on `status.commit` with this context's line replaced, and pushes it.
    /// - Throws: the ``GitError`` of writing or pushing the note.
    package func post(_ status: CommitStatus) async throws {
        var contexts = lines[status.commit] ?? [:]
        contexts[status.context] = Self.line(for: status)
        lines[status.commit] = contexts
        recent.removeAll { $0 == status.commit }
        recent.append(status.commit)
        if recent.count > Self.rememberedCommits { lines[recent.removeFirst()] = nil }

        let text = contexts.keys.sorted().compactMap { contexts[$0] }.joined(separator: "\n")
        let previous = lastWrite
        let write = Task { [repositories, remote] in
            _ = await previous?.result
            try await repositories.writeNote(text, on: status.commit, in: remote)
        }
        lastWrite = write
        try await write.value
    }

    private static func line(for status: CommitStatus) -> String {
        var line = "\(status.context): \(status.state.rawValue)"
        if !status.description.isEmpty { line += " — \(status.description)" }
        if let url = status.targetURL { line += " (\(url))" }
        return line
    }
}
