import Crypto
import Foundation

/// Checks the `Authorization: Bearer <token>` header of mutating API calls against `api.tokenFile`'s token.
///
/// The comparison is of SHA-256 digests, whose equality swift-crypto checks in constant time, so neither the
/// token's length nor its first differing byte shows in the time an answer takes.
struct BearerTokenCheck: Sendable {
    /// The expected token's digest; nil when no token is configured.
    private let expected: SHA256.Digest?

    /// - Parameter token: the token as read from `api.tokenFile`; surrounding white space (the file's final
    ///   newline) is not part of it. nil or empty refuses every mutating call with 403.
    init(token: String?) {
        let trimmed = token?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        expected = trimmed.isEmpty ? nil : SHA256.hash(data: Data(trimmed.utf8))
    }

    /// Why a request with this `Authorization` header may not mutate anything; nil when it may.
    func refusal(authorization: String?) -> APIError? {
        guard let expected else { return APIError(status: 403, "no api.tokenFile configured") }
        guard let authorization, authorization.lowercased().hasPrefix("bearer ") else {
            return APIError(status: 401, "an Authorization: Bearer <token> header is required")
        }
        let presented = authorization.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard accepts(presented) else {
            return APIError(status: 401, "the bearer token is not the one in api.tokenFile")
        }
        return nil
    }

    /// Whether `presented` (surrounding white space aside) is the configured token; always false without one.
    func accepts(_ presented: String) -> Bool {
        guard let expected else { return false }
        let trimmed = presented.trimmingCharacters(in: .whitespacesAndNewlines)
        return SHA256.hash(data: Data(trimmed.utf8)) == expected
    }
}
