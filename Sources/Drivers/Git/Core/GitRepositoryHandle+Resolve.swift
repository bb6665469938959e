internal import CGit2

extension GitRepositoryHandle {
    /// The commit a branch, tag, full reference name or full commit id names, looked up as git does
    /// (`refs/<ref>`, then tags, then branches); annotated tags are peeled.
    /// - Throws: ``GitError/Code-swift.struct/notFound`` when nothing by that name leads to a commit.
    func resolveCommit(_ ref: String) throws -> CommitID {
        let operation = "resolve \(ref)"
        if var oid = GitOID.parse(ref) {
            var object: OpaquePointer?
            try GitError.check(git_object_lookup(&object, pointer, &oid, GIT_OBJECT_ANY), operation)
            defer { git_object_free(object) }
            return try peelToCommit(object!, operation: operation)
        }
        let candidates = ref.hasPrefix("refs/") ? [ref] : ["refs/\(ref)", "refs/tags/\(ref)", "refs/heads/\(ref)"]
        for name in candidates {
            var reference: OpaquePointer?
            let result = git_reference_lookup(&reference, pointer, name)
            if result == GIT_ENOTFOUND.rawValue || result == GIT_EINVALIDSPEC.rawValue { continue }
            try GitError.check(result, operation)
            defer { git_reference_free(reference) }
            var commit: OpaquePointer?
            try GitError.check(git_reference_peel(&commit, reference, GIT_OBJECT_COMMIT), operation)
            defer { git_object_free(commit) }
            return CommitID(git_object_id(commit).pointee)
        }
        throw GitError(.notFound, operation: operation, message: "no branch, tag or commit by that name")
    }

    fileprivate func peelToCommit(_ object: OpaquePointer, operation: String) throws -> CommitID {
        var commit: OpaquePointer?
        try GitError.check(git_object_peel(&commit, object, GIT_OBJECT_COMMIT), operation)
        defer { git_object_free(commit) }
        return CommitID(git_object_id(commit).pointee)
    }

    /// Every reference under `prefixes` with the object it points at directly (tags are not peeled).
    func references(under prefixes: [String]) throws -> [String: git_oid] {
        var iterator: OpaquePointer?
        try GitError.check(git_reference_iterator_new(&iterator, pointer), "list references in \(path)")
        defer { git_reference_iterator_free(iterator) }
        var found: [String: git_oid] = [:]
        while true {
            var reference: OpaquePointer?
            let result = git_reference_next(&reference, iterator)
            if result == GIT_ITEROVER.rawValue { break }
            try GitError.check(result, "list references in \(path)")
            defer { git_reference_free(reference) }
            let name = String(cString: git_reference_name(reference))
            guard prefixes.contains(where: { name.hasPrefix($0) }), let target = git_reference_target(reference) else {
                continue
            }
            found[name] = target.pointee
        }
        return found
    }
}

extension GitRepositoryHandle {
    /// The commit any revision git understands names (`HEAD~1`, `origin/main`, a short id), peeled to a commit.
    /// - Throws: ``GitError`` when the revision names nothing or no commit.
    func resolveRevision(_ revision: String) throws -> CommitID {
        let operation = "resolve \(revision)"
        var object: OpaquePointer?
        try GitError.check(git_revparse_single(&object, pointer, revision), operation)
        defer { git_object_free(object) }
        return try peelToCommit(object!, operation: operation)
    }
}
