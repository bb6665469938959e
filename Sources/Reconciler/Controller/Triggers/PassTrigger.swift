import Synchronization

/// Coalesces requests for a full reconcile pass: however many arrive, at most one pass runs and one waits
/// (DESIGN §6). A request while a pass runs is folded into the one waiting, which reads desired state afresh when
/// it starts, so the newest config commit is the one applied.
///
/// ```swift
/// let passes = PassTrigger()
/// passes.request(overridingBackoff: true)             // a push webhook
/// for await overriding in passes.requests { await pass(overridingBackoff: overriding) }
/// ```
package final class PassTrigger: Sendable {
    /// One element per pass to run: whether any request folded into it may skip a deployment's backoff.
    package let requests: AsyncMapSequence<AsyncStream<Void>, Bool>
    private let continuation: AsyncStream<Void>.Continuation
    private let overriding = Flag()

    /// Whether a request folded into the waiting pass may skip backoffs; taking it clears it.
    private final class Flag: Sendable {
        private let value = Mutex(false)

        func set() { value.withLock { $0 = true } }

        func take() -> Bool { value.withLock { value in defer { value = false }; return value } }
    }

    package init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.continuation = continuation
        requests = stream.map { [overriding] in overriding.take() }
    }

    /// Asks for a pass. - Parameter overridingBackoff: a push or manual sync: the pass may skip backoffs.
    package func request(overridingBackoff: Bool = false) {
        if overridingBackoff { overriding.set() }
        continuation.yield()
    }

    /// Ends ``requests`` once the pass waiting, if any, has been taken.
    package func finish() {
        continuation.finish()
    }
}
