internal import CGit2

extension GitRepositoryHandle {
    /// How far `to` is from `from`: the commits reachable from `to` but not from `from` (ahead), and the reverse
    /// (behind), as `git rev-list --left-right --count from...to` counts them.
    /// - Throws: ``GitError`` when either commit is not in the repository.
    func distance(from: CommitID, to: CommitID) throws -> CommitDistance {
        var ahead = 0
        var behind = 0
        var local = to.oid
        var upstream = from.oid
        try GitError.check(
            git_graph_ahead_behind(&ahead, &behind, pointer, &local, &upstream),
            "count commits \(from.hex.prefix(12))..\(to.hex.prefix(12))"
        )
        return CommitDistance(ahead: ahead, behind: behind)
    }
}
