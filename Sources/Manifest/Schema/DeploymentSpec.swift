/// A deployment's `spec`, validated, with every default applied and values normalised (durations as
/// `Duration`, memory in bytes, paths cleaned, capabilities upper-case without `CAP_`, the strategy resolved).
///
/// Defaults: `restartPolicy: unless-stopped`, `stopGracePeriod: 10s`, `network: bridge`, `pull: ifNotPresent`,
/// `source.ref: main`, `source.path: .`, `source.dockerfile: Dockerfile`, `build.timeout: 30m`,
/// `review: {policy: <controller minimum>}` (reviewers: the controller's default set), `drift: heal`, `suspend: false`,
/// `health.settle: 1s`, `init: false`, `route: {path: /, drain: 10s}` (when a route is given),
/// `rollout: {failureThreshold: 3, parallelism: 1, delay: 0s, failureAction: rollback, monitor: 5s}` (no watch),
/// `replicas: 1`, `placement: {constraints: [], maxPerNode: 0}`, and
/// `strategy: stop-first` when a host port is fixed, `start-first` otherwise.
package struct DeploymentSpec: Sendable, Hashable {
    /// What runs: an image built from `source`, or a prebuilt `image`.
    package let artifact: Artifact
    /// Plain environment variables (`PORT` is added by berth, never here).
    package let env: [String: String]
    /// Sealed values, opened only at container creation.
    package let secretEnv: [String: SealedSecret]
    /// Default: `bridge`.
    package let network: NetworkMode
    /// In manifest order: the first entry's port is the app's `PORT`.
    package let ports: [PortMapping]
    /// Sorted by mount path.
    package let volumes: [VolumeMount]
    /// CPU and memory limits; none by default.
    package let resources: Resources
    /// Overrides the image's command when present.
    package let command: [String]?
    /// Default: `unless-stopped`.
    package let restartPolicy: RestartPolicy
    /// Time between SIGTERM and SIGKILL. Default: 10 s.
    package let stopGracePeriod: Duration
    /// Refused unless `policy.allowPrivileged`. Default: `false`.
    package let privileged: Bool
    /// Sorted, without duplicates.
    package let capAdd: [String]
    /// Sorted, without duplicates.
    package let devices: [String]
    /// The readiness probe; `nil` when the manifest has none.
    package let health: HealthCheck?
    /// `spec.health.settle`: without a probe, how long a new container must keep running to count as started
    /// (overlapped across deployments; no wait at all with a probe). Default: 1 s.
    package let settle: Duration
    /// `spec.init`: Docker's init process as PID 1, for images whose PID 1 ignores SIGTERM. Default: `false`.
    package let runsInit: Bool
    /// `spec.user`: the user the container's process runs as (`name`, `uid`, `name:group` or `uid:gid`); `nil` for
    /// the image's own.
    package let user: String?
    /// Resolved: `stop-first` when a host port is fixed, `start-first` otherwise.
    package let strategy: Strategy
    /// `spec.route`: the host and path prefix registered with the router (when one is configured), and how long
    /// the old generation drains after the route moved; `nil` when the manifest has none.
    package let route: Route?
    /// `spec.rollout`: the watch after cutover. Default: ``RolloutPolicy/default`` (no watch).
    package let rollout: RolloutPolicy
    /// `spec.replicas`: tasks of the Swarm service (runtime `swarm`; always 1 on `docker`). A live field on a swarm:
    /// scaling restarts nothing, so it is not part of the spec hash. Default: 1.
    package let replicas: Int
    /// `spec.placement` (runtime `swarm`). Default: ``Placement/anywhere``.
    package let placement: Placement
    /// Default: `heal`.
    package let drift: DriftMode
    /// `spec.drift.files`: drift scans also list the container's filesystem changes outside its volumes. Not part
    /// of the spec hash. Default: `false`.
    package let driftFiles: Bool
    /// A suspended deployment is left as it is. Default: `false`.
    package let suspend: Bool

    /// Whether some port is fixed on the host (a `host` port, or any port with `network: host`).
    package var fixesHostPort: Bool {
        network == .host ? !ports.isEmpty : ports.contains { $0.host != nil }
    }
}
