/// How often and how patiently a notification is tried: `attempts` in all, waiting ``firstBackoff`` after the first
/// failure and twice as long after each one after it, never longer than ``maximumBackoff``.
package struct NotificationRetry: Sendable, Hashable {
    /// Attempts in all, the first one included.
    package var attempts: Int
    package var firstBackoff: Duration
    package var maximumBackoff: Duration

    package init(attempts: Int, firstBackoff: Duration, maximumBackoff: Duration) {
        precondition(attempts >= 1, "a notification is tried at least once")
        self.attempts = attempts
        self.firstBackoff = firstBackoff
        self.maximumBackoff = maximumBackoff
    }

    /// 5 attempts, waiting 2 s, 4 s, 8 s and 16 s between them: about half a minute before giving up.
    package static let standard = NotificationRetry(
        attempts: 5, firstBackoff: .seconds(2), maximumBackoff: .seconds(60))

    /// The wait after failed attempt `attempt` (1 for the first); nil when it was the last one.
    package func backoff(after attempt: Int) -> Duration? {
        guard attempt < attempts else { return nil }
        var wait = firstBackoff
        for _ in 1..<attempt where wait < maximumBackoff { wait *= 2 }
        return min(wait, maximumBackoff)
    }
}
