package import Drivers
package import Manifest
import Synchronization

/// Decides how a source deployment's image is built (DESIGN §14 `source.stack`): the committed Dockerfile, or one
/// berth generates for the stack detected at `source.path`. Decisions are cached by context tree, so a pass over
/// unchanged trees lists nothing again.
package struct StackResolver: Sendable {
    private let repositories: any SourceRepository
    private let images: StackImages

    /// Decisions by (tree, `source.stack`, dockerfile): a tree id names its contents, so an entry never goes stale.
    private static let decisions = Mutex<[DecisionKey: StackDetection?]>([:])
    private static let maxCachedDecisions = 4096

    private struct DecisionKey: Hashable {
        let tree: TreeID
        let stack: String
        let dockerfile: String
    }

    package init(repositories: any SourceRepository, images: StackImages) {
        self.repositories = repositories
        self.images = images
    }

    /// The generated Dockerfile for `source` at `commit` (whose context tree is `tree`), or nil when the committed
    /// Dockerfile is built.
    /// - Throws: ``StackDetectionError`` when a stack is asked for (or the Dockerfile is missing) and none is found.
    package func dockerfile(
        for source: SourceSpec, commit: CommitID, tree: TreeID, in remote: GitRemote
    ) async throws -> GeneratedDockerfile? {
        guard let detection = try await detection(for: source, commit: commit, tree: tree, in: remote) else {
            return nil
        }
        return GeneratedDockerfile(text: detection.dockerfile(images: images), detection: detection.description)
    }

    private func detection(
        for source: SourceSpec, commit: CommitID, tree: TreeID, in remote: GitRemote
    ) async throws -> StackDetection? {
        if source.stack == .dockerfile { return nil }
        let key = DecisionKey(tree: tree, stack: source.stack?.rawValue ?? "", dockerfile: source.dockerfile)
        if let cached = Self.decisions.withLock({ $0[key] }) { return cached }
        let sourceTree = MirrorSourceTree(
            repositories: repositories, remote: remote, commit: commit, path: source.path)
        let detection: StackDetection?
        switch source.stack {
        case .stack(let stack):
            detection = try await StackDetector().detect(in: sourceTree, path: source.path, only: stack)
        case .auto:
            detection = try await StackDetector().detect(in: sourceTree, path: source.path)
        case .dockerfile, nil:
            let committed = try await repositories.files(
                under: source.path == "." ? source.dockerfile : "\(source.path)/\(source.dockerfile)", at: commit,
                in: remote)
            detection =
                committed.isEmpty ? try await StackDetector().detect(in: sourceTree, path: source.path) : nil
        }
        Self.decisions.withLock { decisions in
            if decisions.count >= Self.maxCachedDecisions { decisions.removeAll() }
            decisions[key] = .some(detection)
        }
        return detection
    }
}
