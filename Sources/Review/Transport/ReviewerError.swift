/// A reviewer that gave no verdict: unreachable, too slow, an error status, or a reply that is not a valid
/// verdict. The review gate treats it per `review.failClosed`, never as an approval.
package struct ReviewerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Why there is no verdict.
    package enum Kind: Sendable, Hashable {
        case unreachable
        case timedOut
        /// The server answered with this HTTP status (after retries, for 5xx).
        case status(Int)
        /// The reply was not a valid verdict.
        case invalidReply
        /// The reviewer's configuration cannot work (a bad URL, an unreadable key file).
        case misconfigured
    }

    /// The reviewer's name.
    package let reviewer: String
    package let kind: Kind
    /// What happened, for the person reading the rollout log; never a key or a signature.
    package let message: String

    package init(reviewer: String, kind: Kind, message: String) {
        self.reviewer = reviewer
        self.kind = kind
        self.message = message
    }

    package var description: String { "reviewer \(reviewer): \(message)" }

    /// An error reply that names `response_format`: the server does not take the form it was sent in.
    var refusesResponseFormat: Bool {
        guard case .status(let status) = kind, status >= 400 else { return false }
        return message.contains("response_format")
    }
}
