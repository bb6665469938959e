import Fluent
import Vapor

/// Authenticates `Authorization: Bearer <token>` requests from the CLI and CI clients.
struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$value == bearer.token)
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
    /// Creates a new random token. The plaintext is shown to the user once.
    static func issue(for user: User, label: String) throws -> (APIToken, String) {
        let plaintext = "cli_" + [UInt8].random(count: 32).base64
        let token = APIToken(value: plaintext, label: label, userID: try user.requireID())
        return (token, plaintext)
    }
}
