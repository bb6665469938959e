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
        /// The Dockerfile berth generated (`source.stack` auto or a stack), sent at ``dockerfile``; nil builds the
        /// committed one.
        package var generated: GeneratedDockerfile? = nil
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
    /// The image id the manifest's image resolves to (image deployments only; nil while the image awaits its pull).
    package let expectedImageID: String?
    /// The pull the rollout's resolve stage makes first (image deployments whose pull policy asks for one).
    package let pull: ImagePull?

    package init(
        deployment: Deployment, specHash: String, appCommit: String, image: String, source: SourceBuild?,
        expectedImageID: String?, pull: ImagePull? = nil
    ) {
        self.deployment = deployment
        self.specHash = specHash
        self.appCommit = appCommit
        self.image = image
        self.source = source
        self.expectedImageID = expectedImageID
        self.pull = pull
    }

    /// An image deployment: it runs `imageID` when known; while the image awaits `pull`, the registry's digest stands
    /// in for it (a spec hash that differs from any the engine's image gives, so the plan rolls out and pulls).
    init(deployment: Deployment, image: String, imageID: String?, pull: ImagePull?) {
        let buildInput = imageID ?? pull?.digest ?? image
        self.init(
            deployment: deployment, specHash: deployment.specHash(buildInput: buildInput), appCommit: buildInput,
            image: image, source: nil, expectedImageID: imageID, pull: pull)
    }

    /// This image deployment once its pull brought `imageID` onto the engine: what the new generation is labelled with.
    func pulled(imageID: String) -> ResolvedDeployment {
        ResolvedDeployment(deployment: deployment, image: image, imageID: imageID, pull: nil)
    }

    package var name: String { deployment.name }

    /// What the planner compares.
    package var desired: DesiredDeployment {
        DesiredDeployment(
            name: name, specHash: specHash, suspended: deployment.spec.suspend, expectedImageID: expectedImageID,
            route: deployment.spec.route, liveFields: LiveFields(spec: deployment.spec),
            replicas: deployment.spec.replicas
        )
    }
}
