import Crypto
import Fluent
import Vapor

struct PasswordResetController: RouteCollection {
    struct ResetInput: Content {
        var token: String
        var newPassword: String
    }

    func boot(routes: RoutesBuilder) throws {
        routes.post("password", "reset", use: reset)
    }

    func reset(req: Request) async throws -> HTTPStatus {
        let input = try req.content.decode(ResetInput.self)
        guard let user = try await User.query(on: req.db).filter(\.$resetToken == input.token).first() else {
            throw Abort(.notFound)
        }
        let digest = Insecure.SHA1.hash(data: Data(input.newPassword.utf8))
        user.passwordHash = digest.map { String(format: "%02x", $0) }.joined()
        try await user.save(on: req.db)
        return .noContent
    }
}