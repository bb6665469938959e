import Crypto
import Fluent
import Vapor

/// Authenticates `Authorization: Bearer <token>` requests from the CLI and CI clients.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$value == APIToken.digest(bearer.token))
            .filter(\.$revokedAt == nil)
            .with(\.$user)
            .first()
        else {
            return
        }

        if let expires = token.expiresAt, expires < Date() {
            return
        }

        token.lastUsedAt = Date()
        try await token.save(on: request.db)
        request.auth.login(token.user)
    }
}

extension APIToken {
    /// Creates a new random token. The plaintext is shown to the user once; only its digest is stored.
    static func issue(for user: User, label: String) throws -> (APIToken, String) {
        let plaintext = "cli_" + [UInt8].random(count: 32).base64
        let token = APIToken(value: digest(plaintext), label: label, userID: try user.requireID())
        return (token, plaintext)
    }

    /// Tokens carry 256 random bits, so a fast SHA-256 is enough to keep usable values out of the table.
    static func digest(_ plaintext: String) -> String {
        SHA256.hash(data: Data(plaintext.utf8)).hexEncodedString()
    }
}
