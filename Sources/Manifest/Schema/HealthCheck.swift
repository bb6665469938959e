/// `spec.health`: how a candidate proves it is ready. Probes reach the app at `127.0.0.1:<host port>`.
package struct HealthCheck: Sendable, Hashable {
    /// Exactly one kind of probe.
    package enum Probe: Sendable, Hashable {
        /// An HTTP GET that must answer `expectStatus`; `port` `nil` means the app's `PORT`.
        case http(path: String, port: Int?, expectStatus: Int)
        /// A TCP connect; `port` `nil` means the app's `PORT`.
        case tcp(port: Int?)
        /// A command run inside the container that must exit 0.
        case exec([String])
    }

    /// What is checked.
    package let probe: Probe
    /// Default: 2 s.
    package let interval: Duration
    /// Default: 1 s.
    package let timeout: Duration
    /// How long the candidate has to become healthy. Default: 60 s.
    package let startPeriod: Duration
    /// Consecutive passes needed. Default: 2.
    package let healthyThreshold: Int

    /// Defaults applied when the manifest leaves a field out.
    package static let defaultInterval = Duration.seconds(2)
    package static let defaultTimeout = Duration.seconds(1)
    package static let defaultStartPeriod = Duration.seconds(60)
    package static let defaultHealthyThreshold = 2
    /// `spec.health.settle` when the manifest leaves it out.
    package static let defaultSettle = Duration.seconds(1)
}
