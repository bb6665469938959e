/// How long a deployment whose rollout failed waits before the queue retries it: exponential from ``initial``,
/// capped at ``maximum``, with jitter taking up to ``jitter`` of it off so that keys failing together spread out.
package struct WorkQueueBackoff: Sendable, Hashable {
    /// The wait after the first failure.
    package var initial: Duration
    /// The longest wait, however many failures.
    package var maximum: Duration
    /// The share of a wait that jitter may take off, from 0 (none) to 1.
    package var jitter: Double

    /// A backoff; needs `0 < initial <= maximum` and `jitter` in `0...1`.
    package init(initial: Duration = .seconds(5), maximum: Duration = .seconds(300), jitter: Double = 0.2) {
        precondition(initial > .zero && maximum >= initial, "backoff needs 0 < initial <= maximum")
        precondition((0...1).contains(jitter), "jitter is a share between 0 and 1")
        self.initial = initial
        self.maximum = maximum
        self.jitter = jitter
    }

    /// The wait after `failures` failures in a row: `initial × 2^(failures-1)`, capped, minus `jitter × random` of it.
    /// - Parameter random: a number in `0..<1` (`Double.random(in:)` in the queue, fixed in tests).
    package func delay(afterFailures failures: Int, random: Double) -> Duration {
        let doublings = min(max(failures - 1, 0), 30)
        let capped = min(initial * (1 << doublings), maximum)
        return capped * (1 - jitter * random)
    }
}
