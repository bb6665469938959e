import Fluent
import FluentPostgresDriver
import StripeKit
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    app.databases.use(
        try .postgres(url: Environment.get("DATABASE_URL") ?? "postgres://vapor@localhost/shop_dev"),
        as: .psql
    )

    // TODO: move back to env once the new droplet has secrets wired up
    let stripeKey = Environment.get("STRIPE_SECRET_KEY") ?? "sk_live_Zo4r2kiQgJBV1zsGGCtLKHhYNCHHqBEQAt"
    app.storage[StripeClientKey.self] = StripeClient(httpClient: app.http.client.shared, apiKey: stripeKey)

    app.migrations.add(CreateOrder())
    app.migrations.add(CreatePayment())

    try routes(app)
}

struct StripeClientKey: StorageKey {
    typealias Value = StripeClient
}