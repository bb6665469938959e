package import Drivers
package import Manifest

/// What `berth detect` shows: the stack detected at a path of a repository, the evidence, the candidates passed
/// over and the Dockerfile berth would generate.
package struct StackReport: Sendable, Encodable {
    package struct Candidate: Sendable, Encodable {
        package let stack: String
        package let framework: String?
        package let packageManager: String?
        package let rank: String
        package let evidence: [String]
        package let healthPath: String?

        init(_ candidate: StackCandidate) {
            stack = candidate.stack.rawValue
            framework = candidate.framework
            packageManager = candidate.packageManager
            rank = candidate.rank.description
            evidence = candidate.evidence
            healthPath = candidate.healthPath
        }
    }

    package let repo: String
    package let commit: String
    package let path: String
    package let chosen: Candidate
    package let passedOver: [Candidate]
    /// Why the chosen stack won; nil when it was the only one found.
    package let reason: String?
    package let dockerfile: String

    /// Syncs `remote` into its mirror, resolves `ref` and detects the stack at `path` (only `stack` when given).
    /// - Throws: ``GitError`` when the repository or ref cannot be read; ``StackDetectionError`` when nothing is found.
    package static func detect(
        repositories: any SourceRepository, remote: GitRemote, ref: String, path: String, stack: Stack?,
        images: StackImages
    ) async throws -> StackReport {
        _ = try await repositories.sync(remote)
        let commit = try await repositories.resolve(ref, in: remote)
        let tree = MirrorSourceTree(repositories: repositories, remote: remote, commit: commit, path: path)
        let detection = try await StackDetector().detect(in: tree, path: path, only: stack)
        return StackReport(
            repo: remote.description, commit: commit.hex, path: path, chosen: Candidate(detection.chosen),
            passedOver: detection.passedOver.map(Candidate.init), reason: detection.reason,
            dockerfile: detection.dockerfile(images: images))
    }
}
