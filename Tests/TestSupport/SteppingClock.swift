import Synchronization

/// A clock for tests whose sleeps return at once, moving its time to their deadline, and tell `onSleep` how many
/// sleeps have happened: a test decides what the world does between two ticks, with no real waiting and no timing
/// luck.
package final class SteppingClock: Clock, Sendable {
    package struct Instant: InstantProtocol {
        package let offset: Duration

        package func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }

        package func duration(to other: Instant) -> Duration { other.offset - offset }

        package static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let state = Mutex((now: Instant(offset: .zero), sleeps: 0))
    private let onSleep: @Sendable (Int) -> Void

    /// - Parameter onSleep: called after each sleep with the number of sleeps so far (1 for the first).
    package init(onSleep: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.onSleep = onSleep
    }

    package var now: Instant { state.withLock { $0.now } }

    package var minimumResolution: Duration { .zero }

    /// How many sleeps have returned.
    package var sleeps: Int { state.withLock { $0.sleeps } }

    package func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        let count = state.withLock { state in
            state.now = max(state.now, deadline)
            state.sleeps += 1
            return state.sleeps
        }
        onSleep(count)
    }
}
