import Crypto
import Fluent
import Vapor

struct APITokenController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let tokens = routes.grouped("api", "tokens")
            .grouped(User.sessionAuthenticator(), User.guardMiddleware())
        tokens.get(use: index)
        tokens.post(use: create)
        tokens.delete(":tokenID", use: revoke)
    }

    struct CreateTokenRequest: Content {
        var label: String
    }

    struct CreatedToken: Content {
        var id: UUID
        var label: String
        /// Shown to the user exactly once; only its digest is stored.
        var token: String
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
    func create(req: Request) async throws -> CreatedToken {
        let user = try req.auth.require(User.self)
        let body = try req.content.decode(CreateTokenRequest.self)

        // 256 bits from the system CSPRNG. A fast digest is fine for lookups because the
        // input can't be guessed; passwords stay on Bcrypt (User+Authenticatable.swift).
        let raw = "fk_" + hex([UInt8].random(count: 32))
        let token = APIToken(
            label: body.label,
            digest: hex(SHA256.hash(data: Data(raw.utf8))),
            userID: try user.requireID()
        )
        try await token.save(on: req.db)
        return CreatedToken(id: try token.requireID(), label: token.label, token: raw)
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

    private func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
