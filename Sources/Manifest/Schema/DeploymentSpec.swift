/// A deployment's `spec`, validated, with every default applied and values normalised (durations as
/// `Duration`, memory in bytes, paths cleaned, capabilities upper-case without `CAP_`, the strategy resolved).
///
/// Defaults: `restartPolicy: unless-stopped`, `stopGracePeriod: 10s`, `network: bridge`, `pull: ifNotPresent`,
/// `source.ref: main`, `source.path: .`, `source.dockerfile: Dockerfile`, `build.timeout: 30m`,
/// `review: {policy: <controller minimum>, reviewers: [static]}`, `drift: heal`, `suspend: false`, and
/// `strategy: stop-first` when a host port is fixed, `start-first` otherwise.
public struct DeploymentSpec: Sendable, Hashable {
    public let artifact: Artifact
    public let env: [String: String]
    /// Sealed values, opened only at container creation.
    public let secretEnv: [String: SealedSecret]
    public let network: NetworkMode
    /// In manifest order: the first entry's port is the app's `PORT`.
    public let ports: [PortMapping]
    /// Sorted by mount path.
    public let volumes: [VolumeMount]
    public let resources: Resources
    /// Overrides the image's command when present.
    public let command: [String]?
    public let restartPolicy: RestartPolicy
    public let stopGracePeriod: Duration
    public let privileged: Bool
    /// Sorted, without duplicates.
    public let capAdd: [String]
    /// Sorted, without duplicates.
    public let devices: [String]
    public let health: HealthCheck?
    public let strategy: Strategy
    /// The host name registered with the router, when one is configured.
    public let routeHost: String?
    public let drift: DriftMode
    public let suspend: Bool

    /// Whether some port is fixed on the host (a `host` port, or any port with `network: host`).
    public var fixesHostPort: Bool {
        network == .host ? !ports.isEmpty : ports.contains { $0.host != nil }
    }
}
