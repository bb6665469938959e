import Crypto
import Fluent
import Vapor

/// Bearer auth for machine clients (CI uploaders, the Zapier app).
struct APIKeyAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        // Keys are 32 random bytes from SystemRandomNumberGenerator; we now store only
        // SHA-256(key) so a database dump no longer contains usable keys.
        let digest = SHA256.hash(data: Data(bearer.token.utf8)).hex

        guard let key = try await APIKey.query(on: request.db)
            .filter(\.$secretDigest == digest)
            .filter(\.$revokedAt == nil)
            .with(\.$owner)
            .first()
        else {
            return
        }

        key.lastUsedAt = Date()
        try await key.update(on: request.db)
        request.auth.login(key.owner)
    }
}
