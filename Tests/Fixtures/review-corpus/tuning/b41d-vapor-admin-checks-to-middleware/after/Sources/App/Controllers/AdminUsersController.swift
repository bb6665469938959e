import Fluent
import Vapor

/// Rejects any request whose session user is not an admin.
/// Must be installed after User.sessionAuthenticator() on the same group.
struct RequireAdminMiddleware: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: AsyncResponder) async throws -> Response {
        guard let user = req.auth.get(User.self), user.role == .admin else {
            req.logger.warning("admin route denied", metadata: ["path": "\(req.url.path)"])
            throw Abort(.forbidden)
        }
        return try await next.respond(to: req)
    }
}

struct AdminUsersController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let admin = routes
            .grouped("admin", "users")
            .grouped(
                User.sessionAuthenticator(),
                User.redirectMiddleware(path: "/login"),
                RequireAdminMiddleware()
            )

        admin.get(use: index)
        admin.post(":userID", "suspend", use: suspend)
        admin.post(":userID", "impersonate", use: impersonate)
    }

    func index(req: Request) async throws -> View {
        let users = try await User.query(on: req.db).sort(\.$email).all()
        return try await req.view.render("admin/users", ["users": users])
    }

    func suspend(req: Request) async throws -> Response {
        let me = try req.auth.require(User.self)
        let user = try await findUser(req)
        user.suspendedAt = Date()
        try await user.save(on: req.db)
        req.logger.notice("user suspended", metadata: ["by": "\(me.email)", "user": "\(user.email)"])
        return req.redirect(to: "/admin/users")
    }

    func impersonate(req: Request) async throws -> Response {
        let me = try req.auth.require(User.self)
        let user = try await findUser(req)
        req.session.data["impersonator"] = try me.requireID().uuidString
        req.auth.login(user)
        return req.redirect(to: "/")
    }

    private func findUser(_ req: Request) async throws -> User {
        guard let user = try await User.find(req.parameters.get("userID"), on: req.db) else {
            throw Abort(.notFound)
        }
        return user
    }
}
