/// How two commits of one repository relate: `ahead` commits lead from the older to the newer one, and `behind`
/// commits of the older one are not in the newer one (non-zero after a force push or when going back).
package struct CommitDistance: Sendable, Hashable {
    /// Commits reachable from the new commit but not from the old one.
    package let ahead: Int
    /// Commits reachable from the old commit but not from the new one.
    package let behind: Int

    package init(ahead: Int, behind: Int) {
        self.ahead = ahead
        self.behind = behind
    }
}
