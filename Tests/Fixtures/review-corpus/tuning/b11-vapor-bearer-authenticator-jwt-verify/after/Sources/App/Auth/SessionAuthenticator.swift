import JWT
import Vapor

struct SessionPayload: JWTPayload, Authenticatable {
    enum CodingKeys: String, CodingKey {
        case subject = "sub"
        case expiration = "exp"
        case audience = "aud"
        case isAdmin = "adm"
    }

    var subject: SubjectClaim
    var expiration: ExpirationClaim
    var audience: AudienceClaim
    var isAdmin: Bool

    func verify(using signer: JWTSigner) throws {
        try expiration.verifyNotExpired()
        try audience.verifyIntendedAudience(includes: "berth-dashboard")
    }
}

struct SessionAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        do {
            let payload = try request.jwt.verify(bearer.token, as: SessionPayload.self)
            request.auth.login(payload)
        } catch {
            request.logger.debug("rejected bearer token: \(error)")
        }
    }
}

struct AdminMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: AsyncResponder) async throws -> Response {
        let session = try request.auth.require(SessionPayload.self)
        guard session.isAdmin else {
            throw Abort(.forbidden)
        }
        return try await next.respond(to: request)
    }
}