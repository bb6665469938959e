import Synchronization

/// A counting semaphore for async code: at most `count` bodies run inside ``run(_:)`` at once; the rest wait, in
/// the order they arrived, without blocking a thread. How berth bounds each kind of work on its own — engine
/// calls, builds, git fetches — so that waiting for one kind never holds a slot of another (DESIGN §14).
///
/// ```swift
/// let builds = Slots(ProcessInfo.processInfo.activeProcessorCount)
/// let image = try await builds.run { try await engine.buildImage(context: context, options: options) { _ in } }
/// ```
/// A task waiting for a slot keeps waiting when it is cancelled: the bodies it guards are short, and what they
/// guard (an engine call, a fetch) decides on cancellation itself.
package final class Slots: Sendable {
    private struct State {
        var free: Int
        var waiting: [CheckedContinuation<Void, Never>] = []
        var head = 0
    }

    /// How many bodies may run at once.
    package let count: Int
    private let state: Mutex<State>

    /// - Parameter count: at least 1.
    package init(_ count: Int) {
        precondition(count >= 1, "slots need a count of at least 1")
        self.count = count
        state = Mutex(State(free: count))
    }

    /// Runs `body` once a slot is free, and frees it when `body` returns or throws.
    package func run<Value>(_ body: () async throws -> Value) async rethrows -> Value {
        await acquire()
        defer { release() }
        return try await body()
    }

    /// Bodies waiting for a slot now.
    package var waiting: Int { state.withLock { $0.waiting.count - $0.head } }

    private func acquire() async {
        let acquired = state.withLock { state in
            guard state.free > 0 else { return false }
            state.free -= 1
            return true
        }
        if acquired { return }
        await withCheckedContinuation { continuation in
            let resumeNow = state.withLock { state in
                // A slot may have been freed between the check above and now.
                guard state.free == 0 else {
                    state.free -= 1
                    return true
                }
                state.waiting.append(continuation)
                return false
            }
            if resumeNow { continuation.resume() }
        }
    }

    private func release() {
        let next: CheckedContinuation<Void, Never>? = state.withLock { state in
            guard state.head < state.waiting.count else {
                state.free += 1
                return nil
            }
            let next = state.waiting[state.head]
            state.head += 1
            if state.head == state.waiting.count {
                state.waiting.removeAll(keepingCapacity: true)
                state.head = 0
            }
            return next  // the slot passes straight to the next waiter
        }
        next?.resume()
    }
}
