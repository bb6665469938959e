/// `spec.health`: how a candidate proves it is ready. Probes reach the app at `127.0.0.1:<host port>`.
public struct HealthCheck: Sendable, Hashable {
    /// Exactly one kind of probe.
    public enum Probe: Sendable, Hashable {
        /// An HTTP GET that must answer `expectStatus`; `port` `nil` means the app's `PORT`.
        case http(path: String, port: Int?, expectStatus: Int)
        /// A TCP connect; `port` `nil` means the app's `PORT`.
        case tcp(port: Int?)
        /// A command run inside the container that must exit 0.
        case exec([String])
    }

    /// What is checked.
    public let probe: Probe
    /// Default: 2 s.
    public let interval: Duration
    /// Default: 1 s.
    public let timeout: Duration
    /// How long the candidate has to become healthy. Default: 60 s.
    public let startPeriod: Duration
    /// Consecutive passes needed. Default: 2.
    public let healthyThreshold: Int

    /// Defaults applied when the manifest leaves a field out.
    public static let defaultInterval = Duration.seconds(2)
    public static let defaultTimeout = Duration.seconds(1)
    public static let defaultStartPeriod = Duration.seconds(60)
    public static let defaultHealthyThreshold = 2
}
