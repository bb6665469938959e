import Synchronization

/// Tells whoever watches a rollout that history wrote something new about it (output lines, a stage transition,
/// its end), so the dashboard's live log reads the new rows at once instead of polling.
///
/// A wake-up carries no data: the watcher reads what is new from history, which stays the one source of truth, so
/// a wake-up that coalesces several writes loses nothing.
package final class RolloutFeed: Sendable {
    private struct Watchers {
        var next = 0
        var byRollout: [Int64: [Int: AsyncStream<Void>.Continuation]] = [:]
    }

    private let watchers = Mutex(Watchers())

    package init() {}

    /// Wake-ups for `rolloutID`, from now until the stream is dropped; several writes before the watcher reads may
    /// arrive as one.
    package func watch(_ rolloutID: Int64) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let key = watchers.withLock { watchers in
            defer { watchers.next += 1 }
            watchers.byRollout[rolloutID, default: [:]][watchers.next] = continuation
            return watchers.next
        }
        continuation.onTermination = { [weak self] _ in
            self?.watchers.withLock { watchers in
                watchers.byRollout[rolloutID]?[key] = nil
                if watchers.byRollout[rolloutID]?.isEmpty == true { watchers.byRollout[rolloutID] = nil }
            }
        }
        return stream
    }

    /// Wakes every watcher of `rolloutID`.
    package func wake(_ rolloutID: Int64) {
        let continuations = watchers.withLock { Array(($0.byRollout[rolloutID] ?? [:]).values) }
        for continuation in continuations { continuation.yield() }
    }
}
