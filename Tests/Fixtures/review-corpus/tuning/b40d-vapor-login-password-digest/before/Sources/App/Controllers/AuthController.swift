import Fluent
import Vapor

struct AuthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let auth = routes.grouped("auth")
        auth.post("register", use: register)
        auth.post("login", use: login)
    }

    @Sendable
    func register(req: Request) async throws -> UserDTO {
        try RegisterRequest.validate(content: req)
        let input = try req.content.decode(RegisterRequest.self)
        let user = User(
            email: input.email.lowercased(),
            passwordHash: try await req.password.async.hash(input.password)
        )
        try await user.save(on: req.db)
        return UserDTO(user)
    }

    @Sendable
    func login(req: Request) async throws -> SessionDTO {
        let input = try req.content.decode(LoginRequest.self)
        guard
            let user = try await User.query(on: req.db)
                .filter(\.$email == input.email.lowercased())
                .first(),
            try await req.password.async.verify(input.password, created: user.passwordHash)
        else {
            throw Abort(.unauthorized, reason: "Invalid email or password")
        }
        let token = try user.generateToken()
        try await token.save(on: req.db)
        return SessionDTO(token: token.value, user: UserDTO(user))
    }
}
