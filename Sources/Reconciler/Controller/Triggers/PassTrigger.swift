import Synchronization

/// Coalesces requests for a full reconcile pass: however many arrive in a burst, at most one pass runs and one waits
/// (DESIGN §6). The first request of a quiet period runs at once; requests while a pass runs, or while more keep
/// coming, fold into the one waiting, which starts once they stop for a moment (``settle(quiet:limit:clock:)``)
/// and reads desired state afresh then, so the newest config commit is the one applied.
///
/// ```swift
/// let passes = PassTrigger()
/// passes.request(overridingBackoff: true)             // a push webhook
/// for await overriding in passes.requests {
///     await pass(overridingBackoff: overriding)
///     await passes.settle(quiet: .milliseconds(300), limit: .seconds(10), clock: ContinuousClock())
/// }
/// ```
package final class PassTrigger: Sendable {
    /// One element per pass to run: whether any request folded into it may skip a deployment's backoff.
    package let requests: AsyncMapSequence<AsyncStream<Void>, Bool>
    private let continuation: AsyncStream<Void>.Continuation
    private let state = State()

    /// How many requests came, and whether one that may skip backoffs waits.
    private final class State: Sendable {
        private let value = Mutex((count: 0, overriding: false))

        func add(overriding: Bool) { value.withLock { $0 = ($0.count + 1, $0.overriding || overriding) } }

        var count: Int { value.withLock { $0.count } }

        func takeOverriding() -> Bool { value.withLock { value in defer { value.overriding = false }; return value.overriding } }
    }

    package init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.continuation = continuation
        requests = stream.map { [state] in state.takeOverriding() }
    }

    /// Asks for a pass. - Parameter overridingBackoff: a push or manual sync: the pass may skip backoffs.
    package func request(overridingBackoff: Bool = false) {
        state.add(overriding: overridingBackoff)
        continuation.yield()
    }

    /// Call after a pass: waits while requests keep arriving, until none came for `quiet`, but no longer than
    /// `limit`, so a burst of pushes is answered by one more pass, not one per push.
    package func settle(quiet: Duration, limit: Duration, clock: some Clock<Duration>) async {
        let deadline = clock.now.advanced(by: limit)
        var seen = state.count
        while clock.now < deadline {
            guard (try? await clock.sleep(for: quiet)) != nil else { return }
            let now = state.count
            if now == seen { return }
            seen = now
        }
    }

    /// Ends ``requests`` once the pass waiting, if any, has been taken.
    package func finish() {
        continuation.finish()
    }
}
