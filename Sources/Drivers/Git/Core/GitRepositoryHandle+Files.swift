internal import CGit2
import Foundation

extension GitRepositoryHandle {
    /// Every regular file under `path` at `commit` (or the file `path` itself), sorted by path, with its
    /// bytes. Symbolic links and submodules are left out: they are never followed.
    /// - Parameter pathExtensions: when given, only files whose name ends in `.<extension>` are read.
    func files(under path: String, at commit: CommitID, pathExtensions: Set<String>?) throws -> [RepositoryFile] {
        let normalized = try SourcePath.normalize(path)
        let root = try rootTree(of: commit)
        var found: [RepositoryFile] = []
        if normalized.isEmpty {
            try collectFiles(in: root, prefix: "", pathExtensions: pathExtensions, into: &found)
            return found
        }
        var entry: OpaquePointer?
        let result = git_tree_entry_bypath(&entry, root.pointer, normalized)
        if result == GIT_ENOTFOUND.rawValue { return [] }
        try GitError.check(result, "find \(normalized) in commit \(commit)")
        defer { git_tree_entry_free(entry) }
        let oid = git_tree_entry_id(entry)!.pointee
        switch git_tree_entry_filemode(entry) {
        case GIT_FILEMODE_TREE:
            try collectFiles(in: tree(TreeID(oid)), prefix: normalized, pathExtensions: pathExtensions, into: &found)
        case GIT_FILEMODE_BLOB, GIT_FILEMODE_BLOB_EXECUTABLE:
            found.append(try readFile(path: normalized, oid: oid))
        default:
            break
        }
        return found.sorted { $0.path < $1.path }
    }

    private func collectFiles(
        in tree: GitTreeHandle, prefix: String, pathExtensions: Set<String>?, into found: inout [RepositoryFile]
    ) throws {
        for index in 0..<tree.count {
            let entry = tree.entry(at: index)
            let path = SourcePath.join(prefix, entry.name)
            if entry.isTree {
                try collectFiles(in: tree.subtree(entry), prefix: path, pathExtensions: pathExtensions, into: &found)
            } else if !entry.isSymlink, !entry.isSubmodule, Self.wanted(entry.name, pathExtensions) {
                found.append(try readFile(path: path, oid: entry.oid))
            }
        }
    }

    private static func wanted(_ name: String, _ pathExtensions: Set<String>?) -> Bool {
        guard let pathExtensions else { return true }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return pathExtensions.contains(String(name[name.index(after: dot)...]))
    }

    private func readFile(path: String, oid: git_oid) throws -> RepositoryFile {
        let id = BlobID(oid)
        let contents = try blob(id).withBytes { Data($0) }
        return RepositoryFile(path: path, blobID: id, contents: contents)
    }
}
