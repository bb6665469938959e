package import Drivers
package import Foundation

/// A ``SourceTree`` over the tree at `path` of a commit in a git mirror: listed and read from the object store,
/// no checkout.
package struct MirrorSourceTree: SourceTree {
    private let repositories: any SourceRepository
    private let remote: GitRemote
    private let commit: CommitID
    private let path: String

    package init(repositories: any SourceRepository, remote: GitRemote, commit: CommitID, path: String) {
        self.repositories = repositories
        self.remote = remote
        self.commit = commit
        self.path = path
    }

    package func entries() async throws -> [SourceTreeEntry] {
        guard let entries = try await repositories.entries(at: path, commit: commit, in: remote) else {
            throw StackDetectionError.missingPath(path)
        }
        return entries
    }

    package func read(_ names: [String]) async throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in names {
            let filePath = path == "." || path.isEmpty ? name : "\(path)/\(name)"
            let files = try await repositories.files(under: filePath, at: commit, in: remote)
            if let file = files.first(where: { $0.path == filePath }) { contents[name] = file.contents }
        }
        return contents
    }
}
