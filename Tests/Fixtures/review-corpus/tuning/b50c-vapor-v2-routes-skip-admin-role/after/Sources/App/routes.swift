import Fluent
import Vapor

func routes(_ app: Application) throws {
    app.get("health") { _ in "ok" }

    let api = app.grouped("api", "v1")
    try api.register(collection: AuthController())

    let authenticated = api.grouped(
        UserToken.authenticator(),
        User.guardMiddleware()
    )
    try authenticated.register(collection: ProjectController())
    try authenticated.register(collection: CommentController())
    try authenticated.register(collection: ProfileController())

    let admin = authenticated.grouped(RoleMiddleware(required: .admin))
    try admin.register(collection: AdminUserController())
    try admin.register(collection: BillingOverrideController())

    // v2: same controllers with cursor pagination (see PaginationV2Middleware).
    let v2 = app.grouped("api", "v2")
        .grouped(PaginationV2Middleware())
        .grouped(UserToken.authenticator(), User.guardMiddleware())
    try v2.register(collection: ProjectController())
    try v2.register(collection: CommentController())
    try v2.register(collection: AdminUserController())
    try v2.register(collection: BillingOverrideController())
}
