import Foundation

/// How ``ForgeStatusReporter`` retries: bounded attempts with exponential backoff, waiting what the forge asks for
/// (`Retry-After`; GitHub's `X-RateLimit-Remaining: 0` until `X-RateLimit-Reset`) but never longer than
/// ``maximumDelay``: a forge that wants more gets no further attempt, so a status never holds a rollout up.
package struct ForgeRetryPolicy: Sendable, Hashable {
    /// Tries in all, the first included.
    package var attempts: Int
    /// The wait after the first failure; it doubles after each further one.
    package var initialDelay: Duration
    /// The longest wait between two tries, whether from backoff or asked for by the forge.
    package var maximumDelay: Duration

    /// A policy; `attempts` must be at least 1.
    package init(attempts: Int = 4, initialDelay: Duration = .seconds(1), maximumDelay: Duration = .seconds(60)) {
        precondition(attempts >= 1, "a status is posted at least once")
        self.attempts = attempts
        self.initialDelay = initialDelay
        self.maximumDelay = maximumDelay
    }

    /// The backoff after failed attempt number `attempt` (1-based): `initialDelay × 2^(attempt-1)`, capped.
    func backoff(after attempt: Int) -> Duration {
        let factor = 1 << min(max(attempt - 1, 0), 20)
        return min(initialDelay * factor, maximumDelay)
    }

    /// Whether a response is worth another try: 429, a 5xx, or GitHub's 403 for an exhausted rate limit.
    static func isRetryable(_ response: HTTPResponse) -> Bool {
        switch response.status {
        case 429, 500...599: true
        case 403: response.header("Retry-After") != nil || rateLimitRemaining(response) == 0
        default: false
        }
    }

    /// The wait the forge asked for: `Retry-After` in seconds, or the time until the rate limit resets when none is
    /// left (`X-RateLimit-Reset` on GitHub and Gitea, `RateLimit-Reset` on GitLab: Unix seconds).
    static func requestedWait(_ response: HTTPResponse, now: Date) -> Duration? {
        if let text = response.header("Retry-After"), let seconds = Int(text.trimmingCharacters(in: .whitespaces)) {
            return .seconds(max(seconds, 0))
        }
        guard rateLimitRemaining(response) == 0,
            let text = response.header("X-RateLimit-Reset") ?? response.header("RateLimit-Reset"),
            let reset = TimeInterval(text.trimmingCharacters(in: .whitespaces))
        else { return nil }
        return .milliseconds(Int64(max(reset - now.timeIntervalSince1970, 0) * 1000))
    }

    private static func rateLimitRemaining(_ response: HTTPResponse) -> Int? {
        (response.header("X-RateLimit-Remaining") ?? response.header("RateLimit-Remaining"))
            .flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    }
}
