/// A forge API request that failed: the request (method and URL, never the token), the HTTP status when one came
/// back, the forge's own message, and how many tries were made.
package struct ForgeRequestError: Error, Sendable, CustomStringConvertible {
    /// `POST https://api.github.com/repos/acme/deploy/pulls`.
    package let request: String
    /// The last answer's HTTP status; nil when the forge could not be reached or its answer could not be read.
    package let httpStatus: Int?
    /// The forge's `message`, the transport's error, or why the answer could not be read.
    package let message: String
    /// How many times the request was sent.
    package let attempts: Int

    package var description: String {
        let status = httpStatus.map { "HTTP \($0)" } ?? "no answer"
        let tries = attempts == 1 ? "1 attempt" : "\(attempts) attempts"
        return "\(request): \(status) after \(tries): \(message)"
    }
}
