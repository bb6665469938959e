import Crypto
import Fluent
import Vapor

final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    /// SHA-256 of the token; the plaintext is only returned once, from `generate`.
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(name: String, tokenHash: String, userID: User.IDValue) {
        self.name = name
        self.tokenHash = tokenHash
        self.$user.id = userID
    }

    /// Tokens are 256 random bits, so a fast unsalted hash is enough to make a leaked
    /// table useless (nothing to brute-force) and still lets us look tokens up by equality.
    static func digest(_ raw: String) -> String {
        SHA256.hash(data: Data(raw.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// 32 random bytes, base64url; the plaintext is shown to the user on creation only.
    static func generate(name: String, for user: User) throws -> (token: APIToken, plaintext: String) {
        let raw = [UInt8].random(count: 32).base64URLEncodedString()
        return (APIToken(name: name, tokenHash: digest(raw), userID: try user.requireID()), raw)
    }
}

struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$tokenHash == APIToken.digest(bearer.token))
            .filter(\.$revokedAt == nil)
            .with(\.$user)
            .first()
        else { return }
        request.auth.login(token.user)
    }
}
