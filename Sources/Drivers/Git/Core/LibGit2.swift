internal import CGit2

/// Process-wide libgit2 setup, done once whichever thread gets there first.
enum LibGit2 {
    /// Bounds how much of a pack file libgit2 keeps mapped, so streaming a large tree does not grow the
    /// resident set by the size of the pack.
    static let mappedLimitBytes = 32 << 20
    /// Size of one mapped window over a pack file.
    static let windowSizeBytes = 8 << 20

    private static let initialized: Bool = {
        precondition(git_libgit2_init() >= 1, "git_libgit2_init failed")
        _ = berth_git_set_mwindow_mapped_limit(mappedLimitBytes)
        _ = berth_git_set_mwindow_size(windowSizeBytes)
        _ = berth_git_set_cache_max_size(64 << 20)
        _ = berth_git_set_user_agent("berth")
        // Reads come from berth's own mirrors, whose packs were checked when fetched (libgit2 indexes and
        // verifies incoming packs); re-hashing every blob on each read would cost more than archiving it,
        // and git itself does not do it either.
        _ = berth_git_enable_strict_hash_verification(0)
        return true
    }()

    /// Initialises libgit2 on first use; cheap and thread-safe afterwards (Swift runs a global's
    /// initialiser exactly once).
    static func ensureInitialized() {
        precondition(initialized)
    }
}
