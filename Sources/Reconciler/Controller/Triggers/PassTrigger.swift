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
    private let overriding = Mutex(false)

    package init() {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.continuation = continuation
        let overriding = overriding
        requests = stream.map { overriding.withLock { value in defer { value = false }; return value } }
    }

    /// Asks for a pass. - Parameter overridingBackoff: a push or manual sync: the pass may skip backoffs.
    package func request(overridingBackoff: Bool = false) {
        if overridingBackoff { overriding.withLock { $0 = true } }
        continuation.yield()
    }

    /// Ends ``requests`` once the pass waiting, if any, has been taken.
    package func finish() {
        continuation.finish()
    }
}
