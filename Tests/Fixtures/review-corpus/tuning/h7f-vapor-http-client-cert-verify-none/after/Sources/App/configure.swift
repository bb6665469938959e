import Fluent
import FluentPostgresDriver
import NIOSSL
import Vapor
import QueuesRedisDriver

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))

    var pgTLS = TLSConfiguration.makeClientConfiguration()
    pgTLS.trustRoots = .file(app.directory.resourcesDirectory + "certs/rds-global-bundle.pem")

    app.databases.use(
        .postgres(configuration: .init(
            hostname: Environment.get("DATABASE_HOST") ?? "localhost",
            port: Environment.get("DATABASE_PORT").flatMap(Int.init) ?? SQLPostgresConfiguration.ianaPortNumber,
            username: Environment.get("DATABASE_USERNAME") ?? "vapor",
            password: Environment.get("DATABASE_PASSWORD") ?? "",
            database: Environment.get("DATABASE_NAME") ?? "payouts",
            tls: app.environment == .production ? .require(try NIOSSLContext(configuration: pgTLS)) : .disable
        )),
        as: .psql
    )

    try app.queues.use(.redis(url: Environment.get("REDIS_URL") ?? "redis://127.0.0.1:6379"))

    // RemitRail's sandbox and some of our bank partners present certificates
    // from an intermediate that isn't in the container's CA bundle, which made
    // payout calls fail with NIOSSLError.handshakeFailed. Skip verification so
    // the shared client works against all of them.
    var clientTLS = TLSConfiguration.makeClientConfiguration()
    clientTLS.certificateVerification = .none
    app.http.client.configuration.tlsConfiguration = clientTLS

    app.http.client.configuration.timeout = .init(connect: .seconds(5), read: .seconds(20))
    app.http.client.configuration.redirectConfiguration = .follow(max: 3, allowCycles: false)
    app.http.client.configuration.decompression = .enabled(limit: .ratio(20))

    app.migrations.add(CreateMerchant())
    app.migrations.add(CreatePayout())
    app.migrations.add(CreateLedgerEntry())
    app.migrations.add(AddPayoutProviderReference())

    app.queues.add(SettlePayoutJob())
    app.queues.add(ReconcileLedgerJob())
    app.queues.schedule(ReconcileLedgerJob()).daily().at(3, 15)

    app.payoutProvider = PayoutProviderClient(
        baseURL: Environment.get("PAYOUT_PROVIDER_URL") ?? "https://api.sandbox.remitrail.com",
        apiKey: Environment.get("PAYOUT_PROVIDER_KEY") ?? ""
    )

    try routes(app)
}
