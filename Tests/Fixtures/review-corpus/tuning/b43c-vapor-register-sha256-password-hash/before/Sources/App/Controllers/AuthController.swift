import Fluent
import Vapor

struct RegisterRequest: Content, Validatable {
    var email: String
    var displayName: String
    var password: String

    static func validations(_ validations: inout Validations) {
        validations.add("email", as: String.self, is: .email)
        validations.add("displayName", as: String.self, is: .count(1...64))
        validations.add("password", as: String.self, is: .count(10...))
    }
}

struct AuthController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let auth = routes.grouped("auth")
        auth.post("register", use: register)
    }

    func register(req: Request) async throws -> UserDTO {
        try RegisterRequest.validate(content: req)
        let input = try req.content.decode(RegisterRequest.self)

        let passwordHash = try await req.password.async.hash(input.password)
        let user = User(email: input.email.lowercased(), displayName: input.displayName, passwordHash: passwordHash)
        try await user.save(on: req.db)
        return UserDTO(user)
    }
}
