import Crypto
import Vapor

struct ProfileController: RouteCollection {
    struct PasswordChange: Content {
        var password: String
    }

    func boot(routes: RoutesBuilder) throws {
        routes.put("profile", "password", use: changePassword)
        routes.get("profile", "avatar", use: avatar)
    }

    func changePassword(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        let change = try req.content.decode(PasswordChange.self)
        user.passwordHash = try Bcrypt.hash(change.password)
        try await user.save(on: req.db)
        return .noContent
    }

    func avatar(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        let etag = SHA256.hash(data: user.avatar).map { String(format: "%02x", $0) }.joined()
        let response = Response(body: .init(data: user.avatar))
        response.headers.replaceOrAdd(name: .eTag, value: etag)
        return response
    }
}