/// `spec.rollout`: the watch after cutover (DESIGN §13).
///
/// With a ``watch`` window, the previous generation is kept (running but unrouted with a router, stopped
/// otherwise) while the new one serves; ``failureThreshold`` failed probes in a row, an exit, a restart or an OOM
/// kill inside the window roll back to it.
package struct RolloutPolicy: Sendable, Hashable {
    /// How long the new generation is watched after cutover; `nil` means no watch (the default). Longer than zero,
    /// at most 1 h.
    package var watch: Duration?
    /// Failed probes in a row inside the window that roll back; at least 1. Default: 3.
    package var failureThreshold: Int

    /// No watch, a threshold of 3.
    package static let `default` = RolloutPolicy(watch: nil, failureThreshold: 3)
    /// The longest `spec.rollout.watch` accepted.
    package static let maximumWatch = Duration.seconds(3600)
    /// The largest `spec.rollout.failureThreshold` accepted.
    package static let maximumFailureThreshold = 100

    package init(watch: Duration? = nil, failureThreshold: Int = 3) {
        self.watch = watch
        self.failureThreshold = failureThreshold
    }
}
