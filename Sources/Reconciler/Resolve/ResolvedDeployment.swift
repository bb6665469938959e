public import Drivers
public import Manifest

/// A valid deployment with its artifact resolved to exact inputs: what the planner compares and the pipeline
/// rolls out.
public struct ResolvedDeployment: Sendable {
    /// Where a source deployment's image comes from.
    public struct SourceBuild: Sendable {
        public let remote: GitRemote
        public let commit: CommitID
        /// The build context's path inside the repository.
        public let path: String
        /// Relative to ``path``.
        public let dockerfile: String
        public let build: BuildSpec
        /// The tree id of ``path`` at ``commit``: a commit that leaves it alone changes nothing.
        public let contextTree: TreeID
    }

    public let deployment: Deployment
    /// The spec hash including build inputs (DESIGN §2): what "changed" means.
    public let specHash: String
    /// The app commit (source deployments) or the image id (image deployments): the `berth.commit` label.
    public let appCommit: String
    /// The image a container is created from: `berth/<name>:<build-input hash>` or the manifest's image.
    public let image: String
    /// Set for source deployments: what the build stage builds.
    public let source: SourceBuild?
    /// The image id the manifest's image resolves to (image deployments only).
    public let expectedImageID: String?

    public var name: String { deployment.name }

    /// What the planner compares.
    public var desired: DesiredDeployment {
        DesiredDeployment(
            name: name, specHash: specHash, suspended: deployment.spec.suspend, expectedImageID: expectedImageID
        )
    }
}
