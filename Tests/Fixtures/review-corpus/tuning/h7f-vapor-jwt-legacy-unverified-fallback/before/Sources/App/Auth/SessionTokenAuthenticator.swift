import JWT
import Vapor

/// Claims carried by the access tokens issued by `SessionController`.
struct SessionToken: JWTPayload, Authenticatable {
    var sub: SubjectClaim
    var exp: ExpirationClaim
    var org: String
    var roles: [String]

    var userID: UUID? { UUID(uuidString: sub.value) }

    func verify(using signer: JWTSigner) throws {
        try exp.verifyNotExpired()
    }
}

/// Authenticates API requests that carry `Authorization: Bearer <jwt>`.
struct SessionTokenAuthenticator: AsyncBearerAuthenticator {
    typealias User = SessionToken

    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        do {
            let token = try request.jwt.verify(bearer.token, as: SessionToken.self)
            request.auth.login(token)
        } catch let error as JWTError {
            request.logger.debug("rejected bearer token: \(error)")
        }
    }
}

extension Request {
    /// The authenticated session, or a 401 if there is none.
    var session: SessionToken {
        get throws {
            guard let token = auth.get(SessionToken.self) else {
                throw Abort(.unauthorized)
            }
            return token
        }
    }

    func requireRole(_ role: String) throws {
        guard try session.roles.contains(role) else {
            throw Abort(.forbidden)
        }
    }
}
