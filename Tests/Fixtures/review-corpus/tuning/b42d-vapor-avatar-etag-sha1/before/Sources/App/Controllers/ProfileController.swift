import Fluent
import Vapor

struct ProfileController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let me = routes.grouped(UserSessionAuthenticator(), User.guardMiddleware()).grouped("me")
        me.get(use: show)
        me.put("password", use: changePassword)
        routes.get("users", ":userID", "avatar", use: avatar)
    }

    func show(req: Request) async throws -> User.Public {
        try req.auth.require(User.self).asPublic()
    }

    func changePassword(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        try ChangePassword.validate(content: req)
        let input = try req.content.decode(ChangePassword.self)
        guard try await req.password.async.verify(input.current, created: user.passwordHash) else {
            throw Abort(.forbidden, reason: "Current password is incorrect")
        }
        user.passwordHash = try await req.password.async.hash(input.new)
        try await user.save(on: req.db)
        req.logger.info("password changed", metadata: ["user": "\(user.id?.uuidString ?? "-")"])
        return .noContent
    }

    func avatar(req: Request) async throws -> Response {
        guard let id = req.parameters.get("userID", as: UUID.self),
              let user = try await User.find(id, on: req.db),
              let data = user.avatarPNG else {
            throw Abort(.notFound)
        }
        var headers = HTTPHeaders()
        headers.contentType = .png
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
