/// `spec.build`: how a source deployment's image is built.
public struct BuildSpec: Sendable, Hashable {
    /// `--build-arg`s.
    public let args: [String: String]
    /// The Dockerfile stage to build, if not the last.
    public let target: String?
    /// How long a build may take. Default: 30 minutes.
    public let timeout: Duration

    /// The build timeout when none is given: 30 minutes.
    public static let defaultTimeout = Duration.seconds(30 * 60)
}
