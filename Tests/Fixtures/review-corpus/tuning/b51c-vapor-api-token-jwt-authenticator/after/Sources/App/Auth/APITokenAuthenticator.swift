import JWT
import Vapor

/// Claims carried by access tokens minted by the identity service.
struct APITokenPayload: JWTPayload, Authenticatable {
    enum CodingKeys: String, CodingKey {
        case subject = "sub"
        case expiration = "exp"
        case audience = "aud"
        case scope
    }

    var subject: SubjectClaim
    var expiration: ExpirationClaim
    var audience: AudienceClaim
    var scope: String

    func verify(using signer: JWTSigner) throws {
        try expiration.verifyNotExpired()
        try audience.verifyIntendedAudience(includes: "inventory-api")
    }

    var scopes: Set<Substring> { Set(scope.split(separator: " ")) }
}

/// Logs in requests whose bearer token is signed by the identity service and
/// carries the inventory:read scope. Signature verification happens in
/// `AsyncJWTAuthenticator` before `authenticate(jwt:for:)` is called.
struct APITokenAuthenticator: AsyncJWTAuthenticator {
    typealias Payload = APITokenPayload

    func authenticate(jwt: APITokenPayload, for request: Request) async throws {
        guard jwt.scopes.contains("inventory:read") else { return }
        request.auth.login(jwt)
    }
}

extension Application {
    /// Registers the identity service's public key; called from configure(_:).
    func configureAPITokenVerification() throws {
        guard let pem = Environment.get("IDENTITY_JWT_PUBLIC_KEY_PEM"),
              let kid = Environment.get("IDENTITY_JWT_KID") else {
            throw Abort(.internalServerError, reason: "Identity JWT key is not configured")
        }
        let key = try ECDSAKey.public(pem: pem)
        jwt.signers.use(.es256(key: key), kid: JWKIdentifier(string: kid), isDefault: true)
    }
}
