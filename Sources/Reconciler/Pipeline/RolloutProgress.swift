/// What a rollout reports as it goes, for live output (`berth apply`) and logs.
package struct RolloutProgress: Sendable, Hashable {
    /// What happened.
    package enum Event: Sendable, Hashable {
        case started
        case succeeded(String)
        case skipped(String)
        case failed(String)
        /// The rollout stopped at a safe point because berth is stopping: not a failure.
        case interrupted(String)
        /// A line of output: build output, probe results.
        case output(String)
    }

    package let deployment: String
    package let generation: Int
    /// The rollout's run id in history (`berth logs`, `/api/v1/runs/{id}`).
    package let rolloutID: Int64
    package let stage: Stage
    package let event: Event
    /// How long the stage ran, on the event that ends it (succeeded, skipped, failed, interrupted); nil otherwise.
    package let duration: Duration?

    package init(
        deployment: String, generation: Int, rolloutID: Int64, stage: Stage, event: Event, duration: Duration? = nil
    ) {
        self.deployment = deployment
        self.generation = generation
        self.rolloutID = rolloutID
        self.stage = stage
        self.event = event
        self.duration = duration
    }
}

/// Receives progress; called from many tasks at once.
package typealias ProgressHandler = @Sendable (RolloutProgress) -> Void
