import Crypto
import Drivers
import Foundation
import Synchronization

/// The dashboard's logins: each is a random session id, sent back as an HTTP-only, `SameSite=Strict` cookie, with
/// a CSRF token every action's form carries, the name of who logged in, and an end time. Kept in memory only: a
/// restarted `berth run` asks everyone to log in again.
final class DashboardSessions: Sendable {
    /// One login.
    struct Session: Sendable, Hashable {
        let id: String
        /// The token every action's form must carry (``DashboardSessions/accepts(_:csrf:)``).
        let csrf: String
        /// Who logged in, as history records it: `dashboard:<name>`.
        let actor: String
        let expires: Date
    }

    /// The cookie's name.
    static let cookieName = "berth_session"

    private let lifetime: Duration
    private let now: @Sendable () -> Date
    private let sessions = Mutex<[String: Session]>([:])

    /// - Parameters:
    ///   - lifetime: how long a login lasts (`dashboard.sessionLifetime`).
    ///   - now: the clock sessions expire by (a test's own in tests).
    init(lifetime: Duration, now: @escaping @Sendable () -> Date = { Date() }) {
        self.lifetime = lifetime
        self.now = now
    }

    /// A new login for `name` (empty: `dashboard`).
    func create(name: String) -> Session {
        let seconds = Double(lifetime.components.seconds) + Double(lifetime.components.attoseconds) / 1e18
        let trimmed = String(name.trimmingCharacters(in: .whitespacesAndNewlines).prefix(64))
        let session = Session(
            id: Self.randomToken(), csrf: Self.randomToken(),
            actor: trimmed.isEmpty ? "dashboard" : "dashboard:\(trimmed)",
            expires: now().addingTimeInterval(seconds)
        )
        sessions.withLock { sessions in
            let current = now()
            sessions = sessions.filter { $0.value.expires > current }
            sessions[session.id] = session
        }
        return session
    }

    /// The live session the request's `Cookie` header names; nil when it names none, an unknown one or an
    /// expired one.
    func session(cookieHeader: String?) -> Session? {
        guard let id = Self.cookie(Self.cookieName, in: cookieHeader) else { return nil }
        return sessions.withLock { sessions in
            guard let session = sessions[id] else { return nil }
            guard session.expires > now() else {
                sessions[id] = nil
                return nil
            }
            return session
        }
    }

    /// Whether `csrf` is `session`'s token, compared in constant time.
    func accepts(_ session: Session, csrf: String?) -> Bool {
        guard let csrf else { return false }
        return SHA256.hash(data: Data(csrf.utf8)) == SHA256.hash(data: Data(session.csrf.utf8))
    }

    /// Ends a login.
    func end(_ session: Session) {
        _ = sessions.withLock { $0.removeValue(forKey: session.id) }
    }

    /// The `Set-Cookie` value that gives the browser `session`; `secure` adds `Secure`, for a browser that
    /// reached the dashboard over HTTPS.
    func setCookie(_ session: Session, secure: Bool = false) -> String {
        let seconds = max(0, Int(session.expires.timeIntervalSince(now())))
        return "\(Self.cookieName)=\(session.id); Path=/; HttpOnly; SameSite=Strict; Max-Age=\(seconds)"
            + (secure ? "; Secure" : "")
    }

    /// The `Set-Cookie` value that removes the session cookie.
    static let clearCookie = "\(cookieName)=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0"

    /// The value of cookie `name` in a `Cookie` header (`a=1; b=2`).
    static func cookie(_ name: String, in header: String?) -> String? {
        guard let header else { return nil }
        for pair in header.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
            return parts[1].trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// 32 random bytes as hex.
    private static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }.lowercaseHex
    }
}
