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

    let admin = protected.grouped(RequireRoleMiddleware(.admin))
    try admin.register(collection: AdminUserController())
    admin.get("metrics") { req async throws -> MetricsSnapshot in
        try await MetricsSnapshot.current(on: req.db)
    }
}
