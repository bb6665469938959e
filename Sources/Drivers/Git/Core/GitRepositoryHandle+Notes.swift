internal import CGit2

extension GitRepositoryHandle {
    /// Writes (or replaces) the note on `commit` under `notesRef`, as berth.
    func writeNote(_ text: String, on commit: CommitID, notesRef: String) throws {
        let operation = "write note on \(commit) under \(notesRef)"
        var signature: UnsafeMutablePointer<git_signature>?
        try GitError.check(git_signature_now(&signature, "berth", "berth@localhost"), operation)
        defer { git_signature_free(signature) }
        var target = commit.oid
        var noteID = git_oid()
        try GitError.check(
            git_note_create(&noteID, pointer, notesRef, signature, signature, &target, text, 1), operation)
    }
}
