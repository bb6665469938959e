import Manifest

/// One stack's detection and Dockerfile: each conforming type recognises its stack in a ``ProjectFiles`` and
/// writes the Dockerfile for the app it recognised.
protocol StackApp: Sendable {
    /// The stack this type recognises.
    static var stack: Stack { get }
    /// What detection looks for, in words, for the error when no stack is found.
    static var lookedFor: String { get }
    /// The candidate the files make, nil when nothing of this stack is there.
    static func detect(in files: ProjectFiles) -> StackCandidate?
    /// The Dockerfile for this app, with base images from `images`.
    func dockerfile(images: StackImages) -> String
}

extension StackApp {
    /// The candidate for this app.
    func candidate(
        framework: String?, packageManager: String?, rank: StackRank, evidence: [String], healthPath: String? = nil
    ) -> StackCandidate {
        StackCandidate(
            stack: Self.stack, framework: framework, packageManager: packageManager, rank: rank, evidence: evidence,
            healthPath: healthPath, app: self)
    }
}
