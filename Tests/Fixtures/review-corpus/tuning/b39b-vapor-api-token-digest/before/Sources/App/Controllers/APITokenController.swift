import Fluent
import Vapor

struct APITokenController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let tokens = routes.grouped("api", "tokens")
            .grouped(User.sessionAuthenticator(), User.guardMiddleware())
        tokens.get(use: index)
        tokens.delete(":tokenID", use: revoke)
    }

    @Sendable
    func index(req: Request) async throws -> [APITokenDTO] {
        let user = try req.auth.require(User.self)
        return try await APIToken.query(on: req.db)
            .filter(\.$user.$id == user.requireID())
            .sort(\.$createdAt, .descending)
            .all()
            .map(APITokenDTO.init)
    }

    @Sendable
    func revoke(req: Request) async throws -> HTTPStatus {
        let user = try req.auth.require(User.self)
        guard let token = try await APIToken.query(on: req.db)
            .filter(\.$id == req.parameters.require("tokenID", as: UUID.self))
            .filter(\.$user.$id == user.requireID())
            .first()
        else { throw Abort(.notFound) }
        try await token.delete(on: req.db)
        return .noContent
    }
}
