/// Time since it was made, read on an injected clock: how the rollout's shell tells its state machine how long the
/// rollout has run, whatever the clock's instant type.
struct Stopwatch: Sendable {
    private let read: @Sendable () -> Duration

    init<C: Clock>(_ clock: C) where C.Duration == Duration {
        let start = clock.now
        read = { start.duration(to: clock.now) }
    }

    var elapsed: Duration { read() }
}
