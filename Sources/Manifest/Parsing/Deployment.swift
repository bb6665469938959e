/// A valid deployment: its name, where it was declared, its normalised spec and the spec's hash.
package struct Deployment: Sendable, Hashable {
    /// `metadata.name`, a DNS label unique across the repository.
    package let name: String
    /// The file that declared it.
    package let file: String
    /// The line its document starts on.
    package let line: Int
    /// `metadata.labels`, applied to its containers next to berth's own.
    package let labels: [String: String]
    /// Defaults applied, values normalised.
    package let spec: DeploymentSpec
    /// Hex SHA-256 of the normalised spec (see ``specHash(buildInput:)`` for what the reconciler adds).
    package let specHash: String
    /// The deployments that start before it: a compose service's `depends_on`, as deployment names. Not part of the
    /// spec hash (the order of starting changes nothing in a container).
    package var dependsOn: [String] = []

    /// The hash that decides whether a running container is current: ``specHash`` combined with the build inputs
    /// known only after resolving the source (tree id of the context, dockerfile, args, target) or the image
    /// (its resolved id). The reconciler serialises those inputs into `buildInput`.
    package func specHash(buildInput: String) -> String {
        SpecHash.combine(specHash, buildInput: buildInput)
    }

    /// For a source deployment, the hash of its build inputs: `contextTree` (the tree id of `source.path` at the
    /// resolved commit), the dockerfile, build args and target. Nil for an `image:` deployment.
    package func buildInputHash(contextTree: String, generatedDockerfile: String? = nil) -> String? {
        guard case .source(let source, let build, _) = spec.artifact else { return nil }
        return SpecHash.buildInput(
            contextTree: contextTree, build: build, dockerfile: source.dockerfile,
            generatedDockerfile: generatedDockerfile)
    }

    /// The tag berth gives the image it builds from `buildInputHash`: `berth/<name>:<first 12 of the hash>`.
    package func imageTag(buildInputHash: String) -> String {
        "berth/\(name):\(buildInputHash.prefix(12))"
    }
}
