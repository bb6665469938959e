import Fluent
import Vapor

/// Bearer auth for machine clients (CI uploaders, the Zapier app).
struct APIKeyAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let key = try await APIKey.query(on: request.db)
            .filter(\.$secret == bearer.token)
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
