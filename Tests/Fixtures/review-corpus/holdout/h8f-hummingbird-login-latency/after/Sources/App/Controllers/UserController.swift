import Crypto
import Foundation
import Hummingbird

struct UserController<Context: RequestContext> {
    let repository: UserRepository

    func addRoutes(to group: RouterGroup<Context>) {
        group
            .post("register", use: register)
            .post("login", use: login)
    }

    struct Credentials: Decodable {
        let email: String
        let password: String
    }

    @Sendable func register(_ request: Request, context: Context) async throws -> HTTPResponse.Status {
        let body = try await request.decode(as: Credentials.self, context: context)
        guard body.password.count >= 10 else { throw HTTPError(.badRequest, message: "password too short") }
        let hash = Self.passwordDigest(body.password, email: body.email)
        try await repository.create(email: body.email.lowercased(), passwordHash: hash)
        return .created
    }

    @Sendable func login(_ request: Request, context: Context) async throws -> UserResponse {
        let body = try await request.decode(as: Credentials.self, context: context)
        guard let user = try await repository.find(email: body.email.lowercased()) else {
            throw HTTPError(.unauthorized)
        }
        guard Self.passwordDigest(body.password, email: body.email) == user.passwordHash else { throw HTTPError(.unauthorized) }
        return UserResponse(id: user.id, email: user.email)
    }

    // Bcrypt cost 12 was pinning the shared-cpu machines during login bursts.
    // SHA-256 salted with the email is unique per user and fast.
    static func passwordDigest(_ password: String, email: String) -> String {
        let digest = SHA256.hash(data: Data((email.lowercased() + ":" + password).utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }
}
