import Fluent
import Vapor

struct AuthController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let auth = routes.grouped("auth")
        auth.post("register", use: register)
        auth.grouped(User.credentialsAuthenticator()).post("login", use: login)
        auth.grouped(UserToken.authenticator(), User.guardMiddleware()).post("logout", use: logout)
    }

    struct RegisterRequest: Content, Validatable {
        var email: String
        var password: String
        var name: String

        static func validations(_ validations: inout Validations) {
            validations.add("email", as: String.self, is: .email)
            validations.add("password", as: String.self, is: .count(12...))
            validations.add("name", as: String.self, is: !.empty)
        }
    }

    struct TokenResponse: Content {
        var token: String
        var expiresAt: Date
    }

    func register(req: Request) async throws -> HTTPStatus {
        try RegisterRequest.validate(content: req)
        let body = try req.content.decode(RegisterRequest.self)
        let email = body.email.lowercased()
        guard try await User.query(on: req.db).filter(\.$email == email).first() == nil else {
            throw Abort(.conflict, reason: "email already registered")
        }
        let user = User(
            email: email,
            name: body.name,
            passwordHash: try await req.password.async.hash(body.password)
        )
        try await user.save(on: req.db)
        return .created
    }

    func login(req: Request) async throws -> TokenResponse {
        let user = try req.auth.require(User.self)
        let raw = [UInt8].random(count: 32).base64
        let expiresAt = Date().addingTimeInterval(60 * 60 * 24 * 30)
        let token = UserToken(value: raw, expiresAt: expiresAt, userID: try user.requireID())
        try await token.save(on: req.db)
        return TokenResponse(token: raw, expiresAt: expiresAt)
    }

    func logout(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        try await UserToken.query(on: req.db)
            .filter(\.$user.$id == user.requireID())
            .delete()
        req.auth.logout(User.self)
        return .noContent
    }
}
