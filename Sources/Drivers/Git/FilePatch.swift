internal import CGit2

/// One file's change as the pipeline's review diff prints it (``SourceDiff/patch``: git's format, the file shown
/// whole), made from two texts in memory: what `berth bench review` hands the reviewers for a corpus case, so a case
/// is judged on the same diff its change would give in a repository.
///
/// ```swift
/// let patch = FilePatch.between("a = 1\n", "a = 2\n", path: "app/settings.py")  // "diff --git a/app/settings.py …"
/// ```
package enum FilePatch {
    /// The diff of `path` from `before` (nil when the change adds the file) to `after`.
    ///
    /// libgit2 diffs two buffers without a repository; it fails only when memory runs out, which traps.
    package static func between(_ before: String?, _ after: String, path: String) -> String {
        LibGit2.ensureInitialized()
        // The patch reads the two buffers when it is printed, so it is printed while they are alive.
        return withBuffer(before) { oldBuffer, oldLength in
            withBuffer(after) { newBuffer, newLength in
                var options = GitRepositoryHandle.reviewDiffOptions()
                var patch: OpaquePointer?
                let status = git_patch_from_buffers(
                    &patch, oldBuffer, oldLength, path, newBuffer, newLength, path, &options)
                precondition(status == 0, "libgit2 could not diff two texts in memory (error \(status))")
                defer { git_patch_free(patch) }
                var buffer = git_buf()
                precondition(git_patch_to_buf(&buffer, patch) == 0, "libgit2 could not print a patch")
                defer { git_buf_dispose(&buffer) }
                return String(decoding: UnsafeRawBufferPointer(start: buffer.ptr, count: buffer.size), as: UTF8.self)
            }
        }
    }

    /// `body` with `text`'s UTF-8 bytes, or a null pointer for a file that is not there.
    private static func withBuffer<Result>(
        _ text: String?, _ body: (UnsafeRawPointer?, Int) -> Result
    ) -> Result {
        guard let text else { return body(nil, 0) }
        var bytes = Array(text.utf8)
        bytes.append(0)  // a non-null pointer even for an empty file, which exists
        return bytes.withUnsafeBytes { body($0.baseAddress, $0.count - 1) }
    }
}
