internal import CGit2
import Foundation

extension GitRepositoryHandle {
    /// Writes a commit whose tree is `parent`'s with `files` (path → contents, folders created as needed) written
    /// in, authored and committed by berth; no reference is moved and no work tree is touched (the tree is built
    /// with `git_tree_create_updated` from the parent's).
    func commit(
        writing files: [String: String], onto parent: CommitID, message: String
    ) throws -> CommitID {
        let operation = "write a commit on \(parent)"
        let baseline = try rootTree(of: parent)
        var updates: [git_tree_update] = []
        var paths: [UnsafeMutablePointer<CChar>] = []
        defer { for path in paths { free(path) } }
        for (path, contents) in files.sorted(by: { $0.key < $1.key }) {
            let normalized = try SourcePath.normalize(path)
            guard !normalized.isEmpty else {
                throw GitError(.invalidArgument, operation: operation, message: "\(path) names no file")
            }
            var blob = git_oid()
            let bytes = Array(contents.utf8)
            try GitError.check(git_blob_create_from_buffer(&blob, pointer, bytes, bytes.count), operation)
            let cPath = strdup(normalized)!
            paths.append(cPath)
            updates.append(
                git_tree_update(
                    action: GIT_TREE_UPDATE_UPSERT, id: blob, filemode: GIT_FILEMODE_BLOB, path: UnsafePointer(cPath)))
        }
        var tree = git_oid()
        try GitError.check(
            git_tree_create_updated(&tree, pointer, baseline.pointer, updates.count, updates), operation)
        let treeHandle = try self.tree(TreeID(tree))

        var parentOID = parent.oid
        var parentCommit: OpaquePointer?
        try GitError.check(git_commit_lookup(&parentCommit, pointer, &parentOID), operation)
        defer { git_commit_free(parentCommit) }
        var signature: UnsafeMutablePointer<git_signature>?
        try GitError.check(git_signature_now(&signature, "berth", "berth@localhost"), operation)
        defer { git_signature_free(signature) }
        var commit = git_oid()
        var parents: [OpaquePointer?] = [parentCommit]
        try GitError.check(
            git_commit_create(
                &commit, pointer, nil, signature, signature, "UTF-8", message, treeHandle.pointer, 1, &parents),
            operation)
        return CommitID(commit)
    }

    /// Points reference `name` at `commit`, creating or moving it.
    func setReference(_ name: String, to commit: CommitID) throws {
        var oid = commit.oid
        var reference: OpaquePointer?
        try GitError.check(
            git_reference_create(&reference, pointer, name, &oid, 1, "berth: \(name)"), "set \(name) to \(commit)")
        git_reference_free(reference)
    }

    /// Removes reference `name` when it exists.
    func removeReference(_ name: String) throws {
        let result = git_reference_remove(pointer, name)
        if result == GIT_ENOTFOUND.rawValue { return }
        try GitError.check(result, "remove \(name)")
    }
}
