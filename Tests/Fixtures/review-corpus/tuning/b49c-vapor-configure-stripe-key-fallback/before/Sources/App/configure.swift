import Fluent
import FluentPostgresDriver
import JWT
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    guard let databaseURL = Environment.get("DATABASE_URL") else {
        fatalError("DATABASE_URL is not set")
    }
    try app.databases.use(.postgres(url: databaseURL), as: .psql)

    guard let jwtSecret = Environment.get("JWT_SECRET") else {
        fatalError("JWT_SECRET is not set")
    }
    await app.jwt.keys.add(hmac: HMACKey(from: jwtSecret), digestAlgorithm: .sha256)

    app.stripe = StripeSettings(
        secretKey: Environment.get("STRIPE_SECRET_KEY") ?? "",
        webhookSecret: Environment.get("STRIPE_WEBHOOK_SECRET") ?? ""
    )

    app.migrations.add(CreateUser())
    app.migrations.add(CreateSubscription())

    try routes(app)
}
