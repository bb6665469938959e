internal import CGit2

/// Owns one `git_tree*` and keeps its repository open.
final class GitTreeHandle {
    /// One entry of a tree, copied out of libgit2's memory.
    struct Entry {
        let name: String
        let oid: git_oid
        let fileMode: UInt32
        var isTree: Bool { fileMode == GIT_FILEMODE_TREE.rawValue }
        var isSymlink: Bool { fileMode == GIT_FILEMODE_LINK.rawValue }
        var isSubmodule: Bool { fileMode == GIT_FILEMODE_COMMIT.rawValue }
        var isExecutable: Bool { fileMode == GIT_FILEMODE_BLOB_EXECUTABLE.rawValue }
    }

    let pointer: OpaquePointer
    let repository: GitRepositoryHandle

    init(pointer: OpaquePointer, repository: GitRepositoryHandle) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit {
        git_tree_free(pointer)
    }

    var id: TreeID { TreeID(git_tree_id(pointer).pointee) }

    var count: Int { git_tree_entrycount(pointer) }

    /// The entry at `index` (entries are in git's sort order).
    func entry(at index: Int) -> Entry {
        let entry = git_tree_entry_byindex(pointer, index)
        return Entry(
            name: String(cString: git_tree_entry_name(entry)),
            oid: git_tree_entry_id(entry).pointee,
            fileMode: git_tree_entry_filemode(entry).rawValue
        )
    }

    /// The entry called `name` directly in this tree, if any.
    func entry(named name: String) -> Entry? {
        guard let entry = git_tree_entry_byname(pointer, name) else { return nil }
        return Entry(
            name: name, oid: git_tree_entry_id(entry).pointee, fileMode: git_tree_entry_filemode(entry).rawValue)
    }

    /// Whether `path` (relative, normalised) names a file or symbolic link below this tree.
    func containsBlob(at path: String) -> Bool {
        var entry: OpaquePointer?
        guard !path.isEmpty, git_tree_entry_bypath(&entry, pointer, path) == 0 else { return false }
        defer { git_tree_entry_free(entry) }
        return git_tree_entry_type(entry) == GIT_OBJECT_BLOB
    }

    /// The subtree an entry names.
    func subtree(_ entry: Entry) throws -> GitTreeHandle {
        try repository.tree(TreeID(entry.oid))
    }
}
