/// A deployment's `spec`, validated, with every default applied and values normalised (durations as
/// `Duration`, memory in bytes, paths cleaned, capabilities upper-case without `CAP_`, the strategy resolved).
///
/// Defaults: `restartPolicy: unless-stopped`, `stopGracePeriod: 10s`, `network: bridge`, `pull: ifNotPresent`,
/// `source.ref: main`, `source.path: .`, `source.dockerfile: Dockerfile`, `build.timeout: 30m`,
/// `review: {policy: <controller minimum>, reviewers: [static]}`, `drift: heal`, `suspend: false`, and
/// `strategy: stop-first` when a host port is fixed, `start-first` otherwise.
public struct DeploymentSpec: Sendable, Hashable {
    /// What runs: an image built from `source`, or a prebuilt `image`.
    public let artifact: Artifact
    /// Plain environment variables (`PORT` is added by berth, never here).
    public let env: [String: String]
    /// Sealed values, opened only at container creation.
    public let secretEnv: [String: SealedSecret]
    /// Default: `bridge`.
    public let network: NetworkMode
    /// In manifest order: the first entry's port is the app's `PORT`.
    public let ports: [PortMapping]
    /// Sorted by mount path.
    public let volumes: [VolumeMount]
    /// CPU and memory limits; none by default.
    public let resources: Resources
    /// Overrides the image's command when present.
    public let command: [String]?
    /// Default: `unless-stopped`.
    public let restartPolicy: RestartPolicy
    /// Time between SIGTERM and SIGKILL. Default: 10 s.
    public let stopGracePeriod: Duration
    /// Refused unless `policy.allowPrivileged`. Default: `false`.
    public let privileged: Bool
    /// Sorted, without duplicates.
    public let capAdd: [String]
    /// Sorted, without duplicates.
    public let devices: [String]
    /// The readiness probe; `nil` when the manifest has none.
    public let health: HealthCheck?
    /// Resolved: `stop-first` when a host port is fixed, `start-first` otherwise.
    public let strategy: Strategy
    /// The host name registered with the router, when one is configured.
    public let routeHost: String?
    /// Default: `heal`.
    public let drift: DriftMode
    /// A suspended deployment is left as it is. Default: `false`.
    public let suspend: Bool

    /// Whether some port is fixed on the host (a `host` port, or any port with `network: host`).
    public var fixesHostPort: Bool {
        network == .host ? !ports.isEmpty : ports.contains { $0.host != nil }
    }
}
