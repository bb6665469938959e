import Foundation
import Synchronization

/// Slows guessing of the API token at the dashboard's login: after `limit` refused logins within `window`, every
/// login (a right one too) is refused until the oldest of them leaves the window.
///
/// The count is kept for the whole listener, not per client address: behind a proxy every browser comes from the
/// proxy's address, and a per-address count would let one guesser spread over many. A guesser can therefore make
/// others wait for a minute; the bearer token still works for the API and `berth` commands meanwhile.
final class LoginThrottle: Sendable {
    /// Refused logins allowed within ``window`` before the login waits.
    let limit: Int
    let window: TimeInterval
    private let now: @Sendable () -> Date
    private let refusals = Mutex<[Date]>([])

    init(limit: Int = 5, window: TimeInterval = 60, now: @escaping @Sendable () -> Date = { Date() }) {
        self.limit = limit
        self.window = window
        self.now = now
    }

    /// How many whole seconds a login must wait; nil when it may be tried now.
    func wait() -> Int? {
        let current = now()
        return refusals.withLock { refusals in
            refusals.removeAll { current.timeIntervalSince($0) >= window }
            guard refusals.count >= limit, let oldest = refusals.first else { return nil }
            return max(1, Int((window - current.timeIntervalSince(oldest)).rounded(.up)))
        }
    }

    /// Counts a refused login.
    func refused() {
        let current = now()
        refusals.withLock { $0.append(current) }
    }
}
