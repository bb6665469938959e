/// `spec.rollout`: the watch after cutover (DESIGN §13), and on runtime `swarm` how Swarm rolls the tasks.
///
/// With a ``watch`` window, the previous generation is kept (running but unrouted with a router, stopped
/// otherwise) while the new one serves; ``failureThreshold`` failed probes in a row, an exit, a restart or an OOM
/// kill inside the window roll back to it.
package struct RolloutPolicy: Sendable, Hashable {
    /// What Swarm does when an updated task fails (runtime `swarm`).
    package enum FailureAction: String, Sendable, Hashable, CaseIterable {
        /// Swarm rolls the service back to its previous spec; berth records a failed rollout.
        case rollback
        /// Swarm stops the update where it is; berth records a failed rollout and leaves the tasks for a person.
        case pause
    }

    /// How long the new generation is watched after cutover; `nil` means no watch (the default). Longer than zero,
    /// at most 1 h.
    package var watch: Duration?
    /// Failed probes in a row inside the window that roll back; at least 1. Default: 3.
    package var failureThreshold: Int
    /// Tasks updated at once (runtime `swarm`); 0 updates all at once. Default: 1.
    package var parallelism: Int
    /// The wait between updating one batch of tasks and the next (runtime `swarm`). Default: 0.
    package var delay: Duration
    /// Default: ``FailureAction/rollback``.
    package var failureAction: FailureAction
    /// How long Swarm watches each updated task for failure before it counts as updated (runtime `swarm`).
    /// Default: 5 s, at most 1 h.
    package var monitor: Duration

    /// No watch, a threshold of 3; on a swarm one task at a time, no delay, rollback on failure, 5 s monitor.
    package static let `default` = RolloutPolicy()
    /// The longest `spec.rollout.watch` (and `monitor`, `delay`) accepted.
    package static let maximumWatch = Duration.seconds(3600)
    /// The largest `spec.rollout.failureThreshold` accepted.
    package static let maximumFailureThreshold = 100
    /// The largest `spec.rollout.parallelism` accepted.
    package static let maximumParallelism = 1000
    /// The names of the fields only runtime `swarm` reads.
    package static let swarmFields = ["parallelism", "delay", "failureAction", "monitor"]
    /// The `spec.rollout` keys only the docker runtime honours: the watch after cutover. On a swarm, Swarm watches
    /// each updated task for `monitor` and rolls the service back on failure itself.
    package static let dockerFields = ["watch", "failureThreshold"]

    package init(
        watch: Duration? = nil, failureThreshold: Int = 3, parallelism: Int = 1, delay: Duration = .zero,
        failureAction: FailureAction = .rollback, monitor: Duration = .seconds(5)
    ) {
        self.watch = watch
        self.failureThreshold = failureThreshold
        self.parallelism = parallelism
        self.delay = delay
        self.failureAction = failureAction
        self.monitor = monitor
    }
}
