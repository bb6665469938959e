import Synchronization

/// The rollouts running now, one per deployment, and who asked to cancel one (DESIGN §14: cancel is not queued, it
/// signals the running rollout, which stops at its next safe point and is recorded `cancelled`).
///
/// ```swift
/// // berth cancel web, through the API:
/// guard cancellations.cancel("web", by: "api") else { return false }   // nothing ran
/// ```
package final class RolloutCancellations: Sendable {
    private struct Running {
        let cancel: @Sendable () -> Void
        var requester: String?
    }

    private let running = Mutex<[String: Running]>([:])

    package init() {}

    /// Cancels `deployment`'s running rollout on behalf of `actor` (the first to ask is recorded); false when none
    /// runs.
    package func cancel(_ deployment: String, by actor: String) -> Bool {
        let cancel = running.withLock { running -> (@Sendable () -> Void)? in
            guard var entry = running[deployment] else { return nil }
            if entry.requester == nil {
                entry.requester = actor
                running[deployment] = entry
            }
            return entry.cancel
        }
        guard let cancel else { return false }
        cancel()
        return true
    }

    /// Whether a rollout of `deployment` runs now.
    package func isRunning(_ deployment: String) -> Bool { running.withLock { $0[deployment] != nil } }

    /// Who asked to cancel `deployment`'s running rollout; nil when nobody did (berth is stopping, if it was
    /// cancelled at all).
    func requester(of deployment: String) -> String? { running.withLock { $0[deployment]?.requester } }

    /// Runs `rollout` as `deployment`'s running rollout, which ``cancel(_:by:)`` cancels; cancelling the caller
    /// cancels it too.
    func run<Value: Sendable>(
        _ deployment: String, _ rollout: @escaping @Sendable () async -> Value
    ) async -> Value {
        let task = Task { await rollout() }
        running.withLock { $0[deployment] = Running(cancel: { task.cancel() }) }
        defer { running.withLock { _ = $0.removeValue(forKey: deployment) } }
        return await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
    }
}
