/// `spec.build`: how a source deployment's image is built.
package struct BuildSpec: Sendable, Hashable {
    /// `--build-arg`s.
    package let args: [String: String]
    /// The Dockerfile stage to build, if not the last.
    package let target: String?
    /// How long a build may take. Default: 30 minutes.
    package let timeout: Duration

    /// The build timeout when none is given: 30 minutes.
    package static let defaultTimeout = Duration.seconds(30 * 60)
}
