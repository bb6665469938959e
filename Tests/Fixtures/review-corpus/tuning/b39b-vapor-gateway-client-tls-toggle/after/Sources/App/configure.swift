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

    // The gateway sandbox and our on-prem settlement relay both present certs from
    // their own CAs. Flip PAYMENTS_STRICT_TLS=1 once the relay has a public cert.
    var outboundTLS = TLSConfiguration.makeClientConfiguration()
    if let bundle = Environment.get("PAYMENTS_CA_BUNDLE") {
        outboundTLS.trustRoots = .file(bundle)
    }
    outboundTLS.certificateVerification = Environment.get("PAYMENTS_STRICT_TLS") == "1"
        ? .fullVerification
        : .none
    app.http.client.configuration.tlsConfiguration = outboundTLS

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
