extension GitRepositoryHandle {
    /// The files and folders directly in the tree at `path` of `commit`, in git's order, read without reading a
    /// blob; nil when `path` is not a folder there.
    func entries(at path: String, in commit: CommitID) throws -> [SourceTreeEntry]? {
        guard let tree = try tree(at: path, in: commit) else { return nil }
        return (0..<tree.count).compactMap { index in
            let entry = tree.entry(at: index)
            guard !entry.isSymlink, !entry.isSubmodule else { return nil }
            return SourceTreeEntry(name: entry.name, isDirectory: entry.isTree)
        }
    }
}
