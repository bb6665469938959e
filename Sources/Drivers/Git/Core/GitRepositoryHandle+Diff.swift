internal import CGit2

extension GitRepositoryHandle {
    /// The unified diff from `from` (the empty tree when nil) to `to`, limited to `path`, with renames
    /// detected and per-file line stats; patch text stops before the file that would pass `maxPatchBytes`.
    /// Files over `max(maxPatchBytes, 4 MiB)` are treated as binary (no line stats). Each changed file is shown
    /// whole (``reviewDiffOptions()``).
    func diff(from: CommitID?, to: CommitID, path: String, maxPatchBytes: Int) throws -> SourceDiff {
        let operation = "diff \(from?.hex ?? "empty tree")..\(to.hex)"
        let normalized = try SourcePath.normalize(path)
        let newTree = try rootTree(of: to)
        let oldTree = try from.map { try rootTree(of: $0) }
        var options = Self.reviewDiffOptions()
        options.flags |= GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        // Larger files count as binary: their patch could never fit, and loading it would cost its size.
        options.max_size = Int64(max(maxPatchBytes, 4 << 20))
        let diff: OpaquePointer = try CStringArray.with(normalized.isEmpty ? [] : [normalized]) { pathspec in
            options.pathspec = pathspec
            var diff: OpaquePointer?
            try GitError.check(
                git_diff_tree_to_tree(&diff, pointer, oldTree?.pointer, newTree.pointer, &options), operation)
            return diff!
        }
        defer { git_diff_free(diff) }
        try GitError.check(git_diff_find_similar(diff, nil), operation)

        var files: [SourceDiff.FileChange] = []
        var patch: [UInt8] = []
        var truncated = false
        for index in 0..<git_diff_num_deltas(diff) {
            var patchPointer: OpaquePointer?
            try GitError.check(git_patch_from_diff(&patchPointer, diff, index), operation)
            defer { git_patch_free(patchPointer) }
            var context = 0
            var additions = 0
            var deletions = 0
            try GitError.check(git_patch_line_stats(&context, &additions, &deletions, patchPointer), operation)
            let delta = git_patch_get_delta(patchPointer)!.pointee
            files.append(Self.fileChange(delta, additions: additions, deletions: deletions))
            guard !truncated else { continue }
            var buffer = git_buf()
            try GitError.check(git_patch_to_buf(&buffer, patchPointer), operation)
            defer { git_buf_dispose(&buffer) }
            if patch.count + buffer.size > maxPatchBytes {
                truncated = true
            } else {
                buffer.ptr.withMemoryRebound(to: UInt8.self, capacity: buffer.size) {
                    patch.append(contentsOf: UnsafeBufferPointer(start: $0, count: buffer.size))
                }
            }
        }
        return SourceDiff(files: files, patch: String(decoding: patch, as: UTF8.self), isTruncated: truncated)
    }

    /// The options of every diff a reviewer reads: a changed file's unchanged lines are all context, so a reviewer
    /// sees where a value came from however far from the change it was set (an allow-list at the top of the file,
    /// the function a sink sits in), while what the change adds is still only the `+` lines.
    static func reviewDiffOptions() -> git_diff_options {
        var options = berth_git_diff_options_init()
        options.context_lines = UInt32(Int32.max)
        return options
    }

    private static func fileChange(_ delta: git_diff_delta, additions: Int, deletions: Int) -> SourceDiff.FileChange {
        let newPath = String(cString: delta.new_file.path)
        let oldPath = String(cString: delta.old_file.path)
        let kind: SourceDiff.FileChange.Kind
        switch delta.status {
        case GIT_DELTA_ADDED: kind = .added
        case GIT_DELTA_DELETED: kind = .deleted
        case GIT_DELTA_RENAMED: kind = .renamed
        case GIT_DELTA_COPIED: kind = .copied
        case GIT_DELTA_TYPECHANGE: kind = .typeChanged
        default: kind = .modified
        }
        return SourceDiff.FileChange(
            path: kind == .deleted ? oldPath : newPath,
            oldPath: kind == .renamed || kind == .copied ? oldPath : nil,
            kind: kind,
            additions: additions,
            deletions: deletions,
            isBinary: delta.flags & GIT_DIFF_FLAG_BINARY.rawValue != 0
        )
    }
}
