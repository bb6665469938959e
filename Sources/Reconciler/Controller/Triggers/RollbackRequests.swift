import Synchronization

/// API rollbacks waiting for their deployment's job. A rollback is a job kind on the work queue (DESIGN §6): it runs
/// only when no other job of that deployment does, so it never races a rollout, and two in a row run one after the
/// other.
final class RollbackRequests: Sendable {
    /// One caller waiting: the generation asked for (nil: the previous one) and where its answer goes.
    struct Request: Sendable {
        let generation: Int?
        let reply: AsyncThrowingStream<Rollout, any Error>.Continuation
    }

    private let pending = Mutex<[String: [Request]]>([:])

    /// Files a rollback of `deployment`; the returned stream yields its rollout once a job has run it.
    func add(_ deployment: String, generation: Int?) -> AsyncThrowingStream<Rollout, any Error> {
        let (stream, reply) = AsyncThrowingStream<Rollout, any Error>.makeStream()
        pending.withLock { $0[deployment, default: []].append(Request(generation: generation, reply: reply)) }
        return stream
    }

    /// The rollbacks of `deployment` filed so far, in order; they are the caller's to answer.
    func take(_ deployment: String) -> [Request] {
        pending.withLock { $0.removeValue(forKey: deployment) ?? [] }
    }

    /// Answers every waiting caller with `error` (berth is stopping).
    func failAll(_ error: any Error) {
        for request in pending.withLock({ pending in defer { pending = [:] }; return Array(pending.values.joined()) }) {
            request.reply.finish(throwing: error)
        }
    }
}
