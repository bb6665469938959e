internal import CGit2

/// Owns one `git_blob*` (its bytes live as long as the handle) and keeps its repository open.
final class GitBlobHandle {
    let pointer: OpaquePointer
    let repository: GitRepositoryHandle

    init(pointer: OpaquePointer, repository: GitRepositoryHandle) {
        self.pointer = pointer
        self.repository = repository
    }

    deinit {
        git_blob_free(pointer)
    }

    var size: Int { Int(git_blob_rawsize(pointer)) }

    /// The blob's bytes; valid only while `body` runs.
    func withBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        try body(UnsafeRawBufferPointer(start: git_blob_rawcontent(pointer), count: size))
    }
}
