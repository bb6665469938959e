import Crypto
import Fluent
import Vapor

struct RegisterRequest: Content, Validatable {
    let email: String
    let password: String
    let name: String

    static func validations(_ validations: inout Validations) {
        validations.add("email", as: String.self, is: .email)
        validations.add("password", as: String.self, is: .count(12...))
        validations.add("name", as: String.self, is: !.empty)
    }
}

struct LoginRequest: Content {
    let email: String
    let password: String
}

struct NewTokenResponse: Content {
    let token: String
    let expiresAt: Date
}

struct AuthController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let auth = routes.grouped("auth")
        auth.post("register", use: register)
        auth.post("login", use: login)
        auth.grouped(User.sessionAuthenticator(), User.guardMiddleware())
            .post("tokens", use: createToken)
    }

    func register(req: Request) async throws -> UserDTO {
        try RegisterRequest.validate(content: req)
        let body = try req.content.decode(RegisterRequest.self)

        if try await User.query(on: req.db).filter(\.$email == body.email.lowercased()).first() != nil {
            throw Abort(.conflict, reason: "email already registered")
        }

        let user = User(
            email: body.email.lowercased(),
            passwordHash: try Bcrypt.hash(body.password, cost: 12),
            name: body.name
        )
        try await user.save(on: req.db)
        return UserDTO(user)
    }

    func login(req: Request) async throws -> UserDTO {
        let body = try req.content.decode(LoginRequest.self)
        guard
            let user = try await User.query(on: req.db).filter(\.$email == body.email.lowercased()).first(),
            try Bcrypt.verify(body.password, created: user.passwordHash)
        else {
            throw Abort(.unauthorized, reason: "invalid credentials")
        }
        req.auth.login(user)
        req.session.authenticate(user)
        return UserDTO(user)
    }

    /// Issues a personal API token. Only the SHA-256 digest is stored; the
    /// token is 256 bits of CSPRNG output, so a fast hash is sufficient.
    func createToken(req: Request) async throws -> NewTokenResponse {
        let user = try req.auth.require(User.self)
        let raw = [UInt8].random(count: 32).base64
        let digest = SHA256.hash(data: Data(raw.utf8)).hex
        let expiresAt = Date().addingTimeInterval(60 * 60 * 24 * 90)

        let token = APIToken(tokenDigest: digest, userID: try user.requireID(), expiresAt: expiresAt)
        try await token.save(on: req.db)
        return NewTokenResponse(token: raw, expiresAt: expiresAt)
    }
}
