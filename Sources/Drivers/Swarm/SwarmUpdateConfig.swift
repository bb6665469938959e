/// How Swarm rolls a service's tasks to a new spec (`UpdateConfig`), or back to the previous one (`RollbackConfig`).
///
/// ```swift
/// spec.updateConfig = SwarmUpdateConfig(
///     parallelism: 1, delay: .seconds(2), failureAction: .rollback, monitor: .seconds(10), order: .startFirst)
/// ```
package struct SwarmUpdateConfig: Sendable, Hashable {
    /// What Swarm does when a new task fails within ``SwarmUpdateConfig/monitor``: `pause` the update, `continue`, or
    /// `rollback` to the previous spec.
    package struct FailureAction: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let pause = Self(rawValue: "pause")
        package static let `continue` = Self(rawValue: "continue")
        package static let rollback = Self(rawValue: "rollback")
    }

    /// `stop-first` (the old task stops before its replacement starts) or `start-first` (they overlap).
    package struct Order: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let stopFirst = Self(rawValue: "stop-first")
        package static let startFirst = Self(rawValue: "start-first")
    }

    /// Tasks replaced at once; 0 replaces all at once.
    package var parallelism: Int
    /// The pause between batches.
    package var delay: Duration
    package var failureAction: FailureAction
    /// How long each new task is watched for failure; `nil` for the engine's default (5 s).
    package var monitor: Duration?
    /// The share of tasks (0...1) that may fail before ``failureAction`` applies.
    package var maxFailureRatio: Double
    package var order: Order

    package init(
        parallelism: Int = 1, delay: Duration = .zero, failureAction: FailureAction = .pause, monitor: Duration? = nil,
        maxFailureRatio: Double = 0, order: Order = .stopFirst
    ) {
        self.parallelism = parallelism
        self.delay = delay
        self.failureAction = failureAction
        self.monitor = monitor
        self.maxFailureRatio = maxFailureRatio
        self.order = order
    }

    var wire: DockerWire.Swarm.UpdateConfig {
        .init(
            Parallelism: UInt64(max(0, parallelism)), Delay: delay.nanoseconds, FailureAction: failureAction.rawValue,
            Monitor: monitor?.nanoseconds, MaxFailureRatio: maxFailureRatio, Order: order.rawValue)
    }

    init(wire: DockerWire.Swarm.UpdateConfig) {
        self.init(
            parallelism: Int(wire.Parallelism ?? 0), delay: .nanoseconds(wire.Delay ?? 0),
            failureAction: FailureAction(rawValue: wire.FailureAction ?? "pause"),
            monitor: wire.Monitor.map { .nanoseconds($0) }, maxFailureRatio: wire.MaxFailureRatio ?? 0,
            order: Order(rawValue: wire.Order ?? "stop-first"))
    }
}
