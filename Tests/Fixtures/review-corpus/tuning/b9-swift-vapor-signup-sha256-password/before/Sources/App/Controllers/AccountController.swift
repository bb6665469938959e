import Fluent
import Vapor

struct SignupRequest: Content, Validatable {
    var email: String
    var name: String
    var password: String

    static func validations(_ validations: inout Validations) {
        validations.add("email", as: String.self, is: .email)
        validations.add("password", as: String.self, is: .count(12...))
    }
}

struct AccountController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        routes.grouped("accounts").post("signup", use: signup)
    }

    func signup(req: Request) async throws -> HTTPStatus {
        try SignupRequest.validate(content: req)
        let input = try req.content.decode(SignupRequest.self)

        let passwordHash = try await req.password.async.hash(input.password)
        let user = User(email: input.email.lowercased(), name: input.name, passwordHash: passwordHash)
        try await user.save(on: req.db)
        return .created
    }
}
