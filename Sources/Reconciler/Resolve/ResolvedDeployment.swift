package import Drivers
package import Manifest

/// A valid deployment with its artifact resolved to exact inputs: what the planner compares and the pipeline
/// rolls out.
package struct ResolvedDeployment: Sendable {
    /// Where a source deployment's image comes from.
    package struct SourceBuild: Sendable {
        package let remote: GitRemote
        package let commit: CommitID
        /// The build context's path inside the repository.
        package let path: String
        /// Relative to ``path``.
        package let dockerfile: String
        package let build: BuildSpec
        /// The tree id of ``path`` at ``commit``: a commit that leaves it alone changes nothing.
        package let contextTree: TreeID
    }

    package let deployment: Deployment
    /// The spec hash including build inputs (DESIGN §2): what "changed" means.
    package let specHash: String
    /// The app commit (source deployments) or the image id (image deployments): the `berth.commit` label.
    package let appCommit: String
    /// The image a container is created from: `berth/<name>:<build-input hash>` or the manifest's image.
    package let image: String
    /// Set for source deployments: what the build stage builds.
    package let source: SourceBuild?
    /// The image id the manifest's image resolves to (image deployments only).
    package let expectedImageID: String?

    package var name: String { deployment.name }

    /// What the planner compares.
    package var desired: DesiredDeployment {
        DesiredDeployment(
            name: name, specHash: specHash, suspended: deployment.spec.suspend, expectedImageID: expectedImageID
        )
    }
}
