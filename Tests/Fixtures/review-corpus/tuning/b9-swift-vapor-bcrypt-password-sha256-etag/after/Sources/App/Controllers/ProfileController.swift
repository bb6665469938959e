import Crypto
import Fluent
import Vapor

struct ChangePasswordRequest: Content {
    var current: String
    var new: String
}

struct ProfileController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let profile = routes.grouped(UserToken.authenticator(), User.guardMiddleware()).grouped("profile")
        profile.get(use: show)
        profile.put("password", use: changePassword)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.auth.require(User.self)
        let body = try JSONEncoder().encode(user.publicProfile)
        let etag = SHA256.hash(data: body).map { String(format: "%02x", $0) }.joined()

        if req.headers.first(name: .ifNoneMatch) == "\"\(etag)\"" {
            return Response(status: .notModified)
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: "\"\(etag)\"")
        headers.contentType = .json
        return Response(status: .ok, headers: headers, body: .init(data: body))
    }

    func changePassword(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        let input = try req.content.decode(ChangePasswordRequest.self)

        guard try Bcrypt.verify(input.current, created: user.passwordHash) else {
            throw Abort(.forbidden, reason: "current password is wrong")
        }
        guard input.new.count >= 12 else {
            throw Abort(.badRequest, reason: "password too short")
        }
        user.passwordHash = try Bcrypt.hash(input.new, cost: 12)
        try await user.save(on: req.db)
        return .noContent
    }
}
