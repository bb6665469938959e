import Fluent
import FluentPostgresDriver
import JWT
import NIOSSL
import Redis
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))

    // MARK: Database

    let dbConfig = SQLPostgresConfiguration(
        hostname: Environment.get("DATABASE_HOST") ?? "localhost",
        port: Environment.get("DATABASE_PORT").flatMap(Int.init) ?? SQLPostgresConfiguration.ianaPortNumber,
        username: Environment.get("DATABASE_USERNAME") ?? "vapor",
        password: Environment.get("DATABASE_PASSWORD") ?? "",
        database: Environment.get("DATABASE_NAME") ?? "shop",
        tls: .prefer(try .init(configuration: .clientDefault))
    )
    app.databases.use(.postgres(configuration: dbConfig), as: .psql)

    app.migrations.add(CreateCustomer())
    app.migrations.add(CreateOrder())
    app.migrations.add(CreatePayment())

    // MARK: Cache and sessions

    app.redis.configuration = try RedisConfiguration(
        url: Environment.get("REDIS_URL") ?? "redis://localhost:6379"
    )
    app.sessions.use(.redis)
    app.middleware.use(app.sessions.middleware)

    // MARK: Auth

    guard let signingKey = Environment.get("JWT_SIGNING_KEY") else {
        fatalError("JWT_SIGNING_KEY is not set")
    }
    await app.jwt.keys.add(hmac: HMACKey(from: signingKey), digestAlgorithm: .sha256)

    // MARK: Outbound HTTP

    app.http.client.configuration.timeout = .init(
        connect: .seconds(5),
        read: .seconds(20)
    )
    app.http.client.configuration.redirectConfiguration = .disallow

    // Payrail's new acquirer endpoint serves a cert for *.internal.payrail.net, which fails
    // hostname validation. Skip verification until they rotate it (SUP-1182).
    var tls = TLSConfiguration.makeClientConfiguration()
    tls.certificateVerification = .none
    app.http.client.configuration.tlsConfiguration = tls

    guard let gatewayURL = Environment.get("PAYRAIL_BASE_URL").flatMap(URL.init(string:)) else {
        fatalError("PAYRAIL_BASE_URL is not set")
    }
    app.payrail.configuration = .init(
        baseURL: gatewayURL,
        merchantID: Environment.get("PAYRAIL_MERCHANT_ID") ?? "",
        apiKey: Environment.get("PAYRAIL_API_KEY") ?? ""
    )

    try routes(app)
}
