import Fluent
import Vapor

final class APIToken: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "value") var value: String
    @Parent(key: "user_id") var user: User
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}

    init(name: String, value: String, userID: User.IDValue) {
        self.name = name
        self.value = value
        self.$user.id = userID
    }

    /// 32 random bytes, base64url; shown to the user on creation.
    static func generate(name: String, for user: User) throws -> APIToken {
        let raw = [UInt8].random(count: 32).base64URLEncodedString()
        return APIToken(name: name, value: raw, userID: try user.requireID())
    }
}

struct APITokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard let token = try await APIToken.query(on: request.db)
            .filter(\.$value == bearer.token)
            .filter(\.$revokedAt == nil)
            .with(\.$user)
            .first()
        else { return }
        request.auth.login(token.user)
    }
}
