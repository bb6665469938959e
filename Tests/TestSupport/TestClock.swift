import Synchronization

/// A clock that stands still until the test advances it: code under test that sleeps on it waits, and a test can
/// see that it waits (``sleepers``), move time (``advance(by:)``) or cancel the sleeping task.
///
/// ```swift
/// let clock = TestClock()
/// let task = Task { try await clock.sleep(for: .seconds(1)) }
/// await clock.untilSleeping()
/// clock.advance(by: .seconds(1))                 // the sleep returns
/// ```
package final class TestClock: Clock, Sendable {
    package typealias Instant = ImmediateClock.Instant

    private struct Sleeper {
        let id: Int
        let deadline: Instant
        let continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var now = Instant(offset: .zero)
        var sleepers: [Sleeper] = []
        var nextID = 0
    }

    private let state = Mutex(State())

    package init() {}

    package var now: Instant { state.withLock { $0.now } }

    package var minimumResolution: Duration { .zero }

    /// How many tasks sleep on the clock now.
    package var sleepers: Int { state.withLock { $0.sleepers.count } }

    /// Returns once `count` tasks (default: some task) sleep on the clock.
    package func untilSleeping(_ count: Int = 1) async {
        while sleepers < count { try? await Task.sleep(for: .milliseconds(1)) }
    }

    /// Moves time forward, waking the sleepers whose deadline it reaches.
    package func advance(by duration: Duration) {
        let woken = state.withLock { state in
            state.now = state.now.advanced(by: duration)
            let now = state.now
            defer { state.sleepers.removeAll { $0.deadline <= now } }
            return state.sleepers.filter { $0.deadline <= now }
        }
        for sleeper in woken { sleeper.continuation.resume() }
    }

    /// Suspends until the clock reaches `deadline`; throws `CancellationError` when the task is cancelled first.
    package func sleep(until deadline: Instant, tolerance: Duration?) async throws {
        let id = state.withLock { state in
            state.nextID += 1
            return state.nextID
        }
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                let resumeNow: (any Error)?? = state.withLock { state in
                    if Task.isCancelled { return .some(CancellationError()) }
                    if deadline <= state.now { return .some(nil) }
                    state.sleepers.append(Sleeper(id: id, deadline: deadline, continuation: continuation))
                    return nil
                }
                switch resumeNow {
                case .some(let error?): continuation.resume(throwing: error)
                case .some(nil): continuation.resume()
                case nil: break
                }
            }
        } onCancel: {
            let cancelled = state.withLock { state in
                defer { state.sleepers.removeAll { $0.id == id } }
                return state.sleepers.first { $0.id == id }
            }
            cancelled?.continuation.resume(throwing: CancellationError())
        }
    }
}
