import Foundation

extension GitMirrorStore: BranchPublisher {
    /// Where the mirror keeps the commit it pushes for `branch`: outside `refs/heads/`, so a sync (which prunes
    /// `refs/heads/*` to the remote's) never takes it away while a push is being made.
    static func publishedReference(_ branch: String) -> String { "refs/berth/published/\(branch)" }

    package func publishBranch(
        _ branch: String, from base: CommitID, writing files: [String: String], message: String,
        in remote: GitRemote
    ) async throws -> CommitID {
        let path = mirrorDirectory(for: remote).path
        let local = Self.publishedReference(branch)
        return try await DedicatedThread.run(name: "berth.git.branch") { cancellation in
            try MirrorLocks.shared.withLock(for: path) {
                do {
                    guard FileManager.default.fileExists(atPath: path) else {
                        throw GitError(
                            .notFound, operation: "open mirror of \(remote)", message: "not mirrored yet: sync it first"
                        )
                    }
                    let repository = try GitRepositoryHandle.open(path: path)
                    let commit = try repository.commit(writing: files, onto: base, message: message)
                    try repository.setReference(local, to: commit)
                    try GitRemoteHandle.anonymous(remote, in: repository, cancellation: cancellation)
                        .push(refspecs: ["+\(local):refs/heads/\(branch)"])
                    return commit
                } catch let error as GitError {
                    throw error.naming(url: remote.description)
                }
            }
        }
    }

    package func deleteBranch(_ branch: String, in remote: GitRemote) async throws {
        let heads = try await remoteHeads(of: remote)
        let path = mirrorDirectory(for: remote).path
        let exists = heads.contains { $0.name == "refs/heads/\(branch)" }
        try await DedicatedThread.run(name: "berth.git.branch") { cancellation in
            try MirrorLocks.shared.withLock(for: path) {
                let repository = try GitRepositoryHandle.initBare(path: path)
                try repository.removeReference(Self.publishedReference(branch))
                guard exists else { return }
                try GitRemoteHandle.anonymous(remote, in: repository, cancellation: cancellation)
                    .push(refspecs: [":refs/heads/\(branch)"])
            }
        }
    }
}
