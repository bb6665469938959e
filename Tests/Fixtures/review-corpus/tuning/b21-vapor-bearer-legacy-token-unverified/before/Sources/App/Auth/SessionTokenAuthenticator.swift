import Foundation
import JWT
import Vapor

struct SessionToken: JWTPayload, Authenticatable {
    enum CodingKeys: String, CodingKey {
        case subject = "sub"
        case expiration = "exp"
        case issuer = "iss"
        case accountID = "acct"
        case scopes = "scp"
    }

    var subject: SubjectClaim
    var expiration: ExpirationClaim
    var issuer: IssuerClaim
    var accountID: UUID
    var scopes: [String]

    func verify(using signer: JWTSigner) throws {
        try expiration.verifyNotExpired()
        guard issuer.value == "https://auth.tidepool.app" else {
            throw JWTError.claimVerificationFailure(name: "iss", reason: "unexpected issuer")
        }
    }
}

struct SessionTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        let token: SessionToken
        do {
            token = try request.jwt.verify(bearer.token, as: SessionToken.self)
        } catch {
            request.logger.debug("rejected bearer token: \(error)")
            return
        }

        guard let user = try await User.find(UUID(uuidString: token.subject.value), on: request.db),
              user.accountID == token.accountID,
              !user.isSuspended
        else {
            return
        }
        request.auth.login(token)
        request.auth.login(user)
    }
}

extension RoutesBuilder {
    func requiringSession() -> RoutesBuilder {
        grouped(SessionTokenAuthenticator(), SessionToken.guardMiddleware())
    }
}
