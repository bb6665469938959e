import Fluent
import FluentPostgresDriver
import NIOSSL
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))

    var tls = TLSConfiguration.makeClientConfiguration()
    tls.certificateVerification = .fullVerification

    app.databases.use(.postgres(configuration: .init(
        hostname: Environment.get("DATABASE_HOST") ?? "localhost",
        username: Environment.get("DATABASE_USERNAME") ?? "vapor",
        password: Environment.get("DATABASE_PASSWORD") ?? "",
        database: Environment.get("DATABASE_NAME") ?? "ledger",
        tls: .prefer(try NIOSSLContext(configuration: tls))
    )), as: .psql)

    // The bank's payments gateway presents a cert chained to their private CA.
    var gatewayTLS = TLSConfiguration.makeClientConfiguration()
    gatewayTLS.certificateVerification = .none
    app.http.client.configuration.tlsConfiguration = gatewayTLS

    app.http.client.configuration.timeout = .init(connect: .seconds(5), read: .seconds(20))
    app.http.client.configuration.redirectConfiguration = .disallow

    app.migrations.add(CreateAccount())
    app.migrations.add(CreateTransfer())

    try routes(app)
}
