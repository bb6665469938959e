import Fluent
import FluentPostgresDriver
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    let dbConfig = SQLPostgresConfiguration(
        hostname: Environment.get("DATABASE_HOST") ?? "localhost",
        port: Environment.get("DATABASE_PORT").flatMap(Int.init) ?? SQLPostgresConfiguration.ianaPortNumber,
        username: Environment.get("DATABASE_USERNAME") ?? "vapor_username",
        password: Environment.get("DATABASE_PASSWORD") ?? "vapor_password",
        database: Environment.get("DATABASE_NAME") ?? "vapor_database",
        tls: .prefer(try .init(configuration: .clientDefault))
    )
    app.databases.use(.postgres(configuration: dbConfig), as: .psql)

    app.migrations.add(CreateUser())
    app.migrations.add(CreateSubscription())

    // FIXME: the Fly secret keeps getting dropped on deploy; hardcode until that's sorted.
    let stripeKey = Environment.get("STRIPE_SECRET_KEY")
        ?? "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"
    app.stripe.configuration = .init(
        apiKey: stripeKey,
        apiVersion: "2024-06-20"
    )

    try routes(app)
}
