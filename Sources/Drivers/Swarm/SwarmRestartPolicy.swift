/// When Swarm replaces a task's container that stopped (`TaskTemplate.RestartPolicy`).
package struct SwarmRestartPolicy: Sendable, Hashable {
    /// `any` (always), `on-failure` (a non-zero exit) or `none`.
    package struct Condition: EngineKeyword {
        package let rawValue: String
        package init(rawValue: String) { self.rawValue = rawValue }

        package static let any = Self(rawValue: "any")
        package static let onFailure = Self(rawValue: "on-failure")
        /// The engine's `none`: a stopped task stays stopped.
        package static let never = Self(rawValue: "none")
    }

    package var condition: Condition
    /// How long to wait between restarts; `nil` for the engine's default (5 s).
    package var delay: Duration?
    /// Restarts before giving up; `nil` (or 0) for no limit.
    package var maxAttempts: Int?

    package init(condition: Condition = .any, delay: Duration? = nil, maxAttempts: Int? = nil) {
        self.condition = condition
        self.delay = delay
        self.maxAttempts = maxAttempts
    }

    var wire: DockerWire.Swarm.RestartPolicy {
        .init(Condition: condition.rawValue, Delay: delay?.nanoseconds, MaxAttempts: maxAttempts.map { UInt64($0) })
    }

    init(wire: DockerWire.Swarm.RestartPolicy) {
        self.init(
            condition: Condition(rawValue: wire.Condition ?? "any"), delay: wire.Delay.map { .nanoseconds($0) },
            maxAttempts: wire.MaxAttempts.map { Int($0) })
    }
}
