import Fluent
import Vapor

func routes(_ app: Application) throws {
    app.get("health") { _ in HTTPStatus.ok }

    let api = app.grouped("api", "v1")
    try api.register(collection: AuthController())

    // Everything below needs a valid session token.
    let protected = api.grouped(
        UserToken.authenticator(),
        User.guardMiddleware()
    )
    try protected.register(collection: ProjectController())
    try protected.register(collection: InvoiceController())
    try protected.register(collection: TimesheetController())
    protected.get("me", "export") { req async throws -> Response in
        let user = try req.auth.require(User.self)
        return try await DataExport.csv(for: user, on: req.db).encodeResponse(for: req)
    }

    let admin = protected.grouped(RequireRoleMiddleware(.admin))
    try admin.register(collection: AdminUserController())
    admin.get("metrics") { req async throws -> MetricsSnapshot in
        try await MetricsSnapshot.current(on: req.db)
    }
    admin.delete("users", ":userID", "sessions") { req async throws -> HTTPStatus in
        let userID = try req.parameters.require("userID", as: UUID.self)
        try await UserToken.query(on: req.db).filter(\.$user.$id == userID).delete()
        return .noContent
    }
}
