internal import CGit2
import Foundation

/// Owns one `git_repository*`; freed when the last reference goes. Not Sendable: a handle stays on the
/// thread (or the single task) that opened it, and objects read through it keep it alive.
final class GitRepositoryHandle {
    let pointer: OpaquePointer
    /// Where the repository lives on disk (its git directory).
    let path: String

    private init(pointer: OpaquePointer, path: String) {
        self.pointer = pointer
        self.path = path
    }

    deinit {
        git_repository_free(pointer)
    }

    /// Opens the repository whose git directory (or work tree) is exactly `path`; never searches upwards.
    static func open(path: String) throws -> GitRepositoryHandle {
        LibGit2.ensureInitialized()
        var repository: OpaquePointer?
        try GitError.check(
            git_repository_open_ext(&repository, path, GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue, nil),
            "open repository \(path)"
        )
        return GitRepositoryHandle(pointer: repository!, path: path)
    }

    /// Creates (or reopens) a bare repository at `path`.
    static func initBare(path: String) throws -> GitRepositoryHandle {
        LibGit2.ensureInitialized()
        var repository: OpaquePointer?
        try GitError.check(git_repository_init(&repository, path, 1), "create bare repository \(path)")
        return GitRepositoryHandle(pointer: repository!, path: path)
    }

    /// Looks up a tree by id.
    func tree(_ id: TreeID) throws -> GitTreeHandle {
        var oid = id.oid
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, pointer, &oid), "read tree \(id)")
        return GitTreeHandle(pointer: tree!, repository: self)
    }

    /// The root tree of a commit.
    func rootTree(of commit: CommitID) throws -> GitTreeHandle {
        var oid = commit.oid
        var commitPointer: OpaquePointer?
        try GitError.check(git_commit_lookup(&commitPointer, pointer, &oid), "read commit \(commit)")
        defer { git_commit_free(commitPointer) }
        guard let treeOID = git_commit_tree_id(commitPointer) else {
            throw GitError(.notFound, operation: "read commit \(commit)", message: "commit has no tree")
        }
        return try tree(TreeID(treeOID.pointee))
    }

    /// The tree at `path` inside `commit` (the root tree for `""` or `"."`), nil when nothing is there.
    /// - Throws: ``GitError/Code-swift.struct/invalidArgument`` when `path` names something other than a tree.
    func tree(at path: String, in commit: CommitID) throws -> GitTreeHandle? {
        let root = try rootTree(of: commit)
        let normalized = try SourcePath.normalize(path)
        guard !normalized.isEmpty else { return root }
        var entry: OpaquePointer?
        let result = git_tree_entry_bypath(&entry, root.pointer, normalized)
        if result == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(result, "find \(normalized) in commit \(commit)")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else {
            throw GitError(
                .invalidArgument, operation: "find \(normalized) in commit \(commit)", message: "not a directory")
        }
        return try tree(TreeID(git_tree_entry_id(entry)!.pointee))
    }

    /// Reads a blob whole (libgit2 has no partial blob read).
    func blob(_ id: BlobID) throws -> GitBlobHandle {
        try blob(oid: id.oid)
    }

    /// Reads a blob whole by raw oid (the hot path of archiving: no hex round trip).
    func blob(oid: git_oid) throws -> GitBlobHandle {
        var oid = oid
        var blob: OpaquePointer?
        try GitError.check(git_blob_lookup(&blob, pointer, &oid), "read blob \(GitOID.hex(oid))")
        return GitBlobHandle(pointer: blob!, repository: self)
    }
}
