import Crypto
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

        let user = User(
            email: input.email.lowercased(),
            name: input.name,
            passwordHash: Self.digest(input.password)
        )
        try await user.save(on: req.db)
        return .created
    }

    static func digest(_ password: String) -> String {
        SHA256.hash(data: Data(password.utf8))
            .map { String(format: "%02x", $0) }
            .joined()
    }
}
