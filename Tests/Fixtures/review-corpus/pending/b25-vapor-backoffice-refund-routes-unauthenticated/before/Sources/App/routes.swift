import Fluent
import Vapor

func routes(_ app: Application) throws {
    app.get("health") { _ async -> HTTPStatus in
        .ok
    }

    app.get("ready") { req async throws -> HTTPStatus in
        _ = try await User.query(on: req.db).limit(1).all()
        return .ok
    }

    let api = app.grouped("api", "v1")

    // Public endpoints: sign-up, login, password reset.
    try api.register(collection: AuthController())

    // Stripe calls this; the controller checks the Stripe-Signature header.
    try api.register(collection: StripeWebhookController())

    let protected = api.grouped(
        UserToken.authenticator(),
        User.guardMiddleware()
    )
    try protected.register(collection: ProfileController())
    try protected.register(collection: OrderController())
    try protected.register(collection: AddressController())

    protected.get("me") { req async throws -> User.Public in
        try req.auth.require(User.self).asPublic()
    }

    let admin = protected.grouped(AdminMiddleware())
    try admin.register(collection: AdminUserController())
    try admin.register(collection: RefundController())
    try admin.register(collection: ReportController())

    admin.post("cache", "flush") { req async throws -> HTTPStatus in
        let actor = try req.auth.require(User.self)
        req.logger.notice("cache flush requested by \(actor.email)")
        try await req.cache.delete("catalog:v2")
        return .accepted
    }
}
