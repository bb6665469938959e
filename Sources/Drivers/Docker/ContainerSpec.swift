/// Everything needed to create a container: what berth's `start` stage hands the engine.
///
/// ```swift
/// var spec = ContainerSpec(name: "web-3-candidate", image: "berth/web:0123456789ab")
/// spec.labels = ["berth.managed": "true", "berth.deployment": "web"]
/// spec.ports = [PublishedPort(containerPort: 8080, hostPort: 20001, hostIP: "127.0.0.1")]
/// let id = try await engine.createContainer(spec)
/// ```
package struct ContainerSpec: Sendable, Hashable {
    package var name: String
    /// Image reference or id.
    package var image: String
    package var labels: [String: String] = [:]
    /// Environment variables; values may be opened secrets, so they are never logged.
    package var environment: [String: String] = [:]
    /// Overrides the image's `CMD` when set.
    package var command: [String]?
    package var ports: [PublishedPort] = []
    /// `bridge`, `host`, `none` or a network name; `nil` for the engine's default.
    package var networkMode: String?
    package var restartPolicy: ContainerRestartPolicy = .no
    package var resources = ResourceLimits()
    package var healthCheck: ContainerHealthCheck?
    package var mounts: [ContainerMount] = []
    /// `json-file` rotation; `nil` keeps the engine's default log driver settings.
    package var logRotation: LogRotation? = .standard
    /// How long `stop` waits before killing, when the caller gives no timeout.
    package var stopTimeout: Duration?
    package var privileged = false
    /// Docker's init process as PID 1: it forwards signals and reaps zombies, so an app that ignores SIGTERM as
    /// PID 1 still stops at once.
    package var runsInit = false
    /// `user`, `uid`, `user:group` or `uid:gid`; `nil` for the image's.
    package var user: String?
    package var capabilitiesAdded: [String] = []
    /// Host device paths mapped into the container at the same path.
    package var devices: [String] = []

    package init(name: String, image: String) {
        self.name = name
        self.image = image
    }
}
