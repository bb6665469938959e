import Synchronization

/// A clock whose sleeps return at once, moving its time forward by what was slept: timers in code under test
/// (settle, probe intervals, deadlines) take no real time and happen in a fixed order.
///
/// ```swift
/// let clock = ImmediateClock()
/// try await clock.sleep(for: .seconds(60))       // returns at once
/// #expect(clock.now == ImmediateClock.Instant(offset: .seconds(60)))
/// ```
package final class ImmediateClock: Clock, Sendable {
    /// A point on the clock: the time slept since it was made.
    package struct Instant: InstantProtocol {
        package var offset: Duration

        package init(offset: Duration) {
            self.offset = offset
        }

        package func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }
        package func duration(to other: Instant) -> Duration { other.offset - offset }
        package static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let current = Mutex(Instant(offset: .zero))

    package init() {}

    package var now: Instant { current.withLock { $0 } }

    package var minimumResolution: Duration { .zero }

    /// Moves the time to `deadline` (if it is later) and returns; throws when the task is cancelled.
    package func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        try Task.checkCancellation()
        current.withLock { $0 = max($0, deadline) }
        await Task.yield()
    }
}
