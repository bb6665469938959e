/// Everything needed to create a container: what berth's `start` stage hands the engine.
///
/// ```swift
/// var spec = ContainerSpec(name: "web-3-candidate", image: "berth/web:0123456789ab")
/// spec.labels = ["berth.managed": "true", "berth.deployment": "web"]
/// spec.ports = [PortMapping(containerPort: 8080, hostPort: 20001, hostIP: "127.0.0.1")]
/// let id = try await engine.createContainer(spec)
/// ```
public struct ContainerSpec: Sendable, Hashable {
    public var name: String
    /// Image reference or id.
    public var image: String
    public var labels: [String: String] = [:]
    /// Environment variables; values may be opened secrets, so they are never logged.
    public var environment: [String: String] = [:]
    /// Overrides the image's `CMD` when set.
    public var command: [String]?
    public var ports: [PortMapping] = []
    /// `bridge`, `host`, `none` or a network name; `nil` for the engine's default.
    public var networkMode: String?
    public var restartPolicy: RestartPolicy = .no
    public var resources = ResourceLimits()
    public var healthCheck: HealthCheck?
    public var mounts: [VolumeMount] = []
    /// `json-file` rotation; `nil` keeps the engine's default log driver settings.
    public var logRotation: LogRotation? = .standard
    /// How long `stop` waits before killing, when the caller gives no timeout.
    public var stopTimeout: Duration?
    public var privileged = false
    public var capabilitiesAdded: [String] = []
    /// Host device paths mapped into the container at the same path.
    public var devices: [String] = []

    public init(name: String, image: String) {
        self.name = name
        self.image = image
    }
}
