import Fluent
import FluentPostgresDriver
import NIOSSL
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))

    let dbURL = Environment.get("DATABASE_URL") ?? "postgres://vapor:vapor@localhost:5432/payouts_dev"
    try app.databases.use(.postgres(url: dbURL), as: .psql)

    app.http.client.configuration.timeout = .init(
        connect: .seconds(5),
        read: .seconds(20)
    )
    app.http.client.configuration.redirectConfiguration = .disallow

    let gateway = PaymentsGatewayConfig(
        baseURL: Environment.get("PAYMENTS_GATEWAY_URL") ?? "https://sandbox.paygate.example",
        merchantID: Environment.get("PAYMENTS_MERCHANT_ID") ?? "",
        apiKey: Environment.get("PAYMENTS_API_KEY") ?? ""
    )
    app.storage[PaymentsGatewayConfig.Key.self] = gateway

    app.migrations.add(CreatePayout())
    app.migrations.add(CreateSettlement())

    try routes(app)
}
