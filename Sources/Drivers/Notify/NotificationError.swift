/// Why a notification was not delivered, written without secrets: a URL shows only its scheme, host and port.
package struct NotificationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong, naming the destination.
    package let message: String
    /// Whether trying again cannot help (the receiver refused the request as wrong: a 4xx other than 408 and 429, a
    /// login refused); transient failures (refused connections, timeouts, 5xx) are not permanent.
    package let isPermanent: Bool

    package init(_ message: String, permanent: Bool = false) {
        self.message = message
        self.isPermanent = permanent
    }

    package var description: String { message }
}
