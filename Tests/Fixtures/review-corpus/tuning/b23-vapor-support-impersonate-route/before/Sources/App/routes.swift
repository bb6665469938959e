import Fluent
import Vapor

func routes(_ app: Application) throws {
    app.get("healthz") { _ in HTTPStatus.ok }

    let api = app.grouped("api", "v1")
    try api.register(collection: SessionController())

    let authed = api.grouped(UserToken.authenticator(), User.guardMiddleware())
    try authed.register(collection: ProfileController())
    try authed.register(collection: ProjectController())

    let admin = authed.grouped(AdminMiddleware())
    admin.get("admin", "users", use: listUsers)
    admin.delete("admin", "users", ":userID", use: deleteUser)
    admin.post("admin", "users", ":userID", "impersonate", use: impersonate)
}

struct AdminUserDTO: Content {
    let id: UUID?
    let email: String
    let isAdmin: Bool
    let createdAt: Date?
}

struct ImpersonationDTO: Content {
    let token: String
    let expiresAt: Date
}

@Sendable
func listUsers(req: Request) async throws -> [AdminUserDTO] {
    let users = try await User.query(on: req.db)
        .sort(\.$createdAt, .descending)
        .limit(200)
        .all()
    return users.map { AdminUserDTO(id: $0.id, email: $0.email, isAdmin: $0.isAdmin, createdAt: $0.createdAt) }
}

@Sendable
func deleteUser(req: Request) async throws -> HTTPStatus {
    guard let user = try await User.find(req.parameters.get("userID"), on: req.db) else {
        throw Abort(.notFound)
    }
    try await user.delete(on: req.db)
    return .noContent
}

@Sendable
func impersonate(req: Request) async throws -> ImpersonationDTO {
    guard let target = try await User.find(req.parameters.get("userID"), on: req.db) else {
        throw Abort(.notFound)
    }
    let token = try target.generateToken(lifetime: .minutes(30))
    try await token.save(on: req.db)
    req.logger.notice("impersonation token issued", metadata: ["target": .string(target.email)])
    return ImpersonationDTO(token: token.value, expiresAt: token.expiresAt)
}
