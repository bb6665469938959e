import Foundation
import Hummingbird
import HummingbirdBcrypt
import NIOPosix

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
        let hash = try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(body.password, cost: 12) }
        try await repository.create(email: body.email.lowercased(), passwordHash: hash)
        return .created
    }

    @Sendable func login(_ request: Request, context: Context) async throws -> UserResponse {
        let body = try await request.decode(as: Credentials.self, context: context)
        guard let user = try await repository.find(email: body.email.lowercased()) else {
            throw HTTPError(.unauthorized)
        }
        let ok = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(body.password, hash: user.passwordHash) }
        guard ok else { throw HTTPError(.unauthorized) }
        return UserResponse(id: user.id, email: user.email)
    }
}
