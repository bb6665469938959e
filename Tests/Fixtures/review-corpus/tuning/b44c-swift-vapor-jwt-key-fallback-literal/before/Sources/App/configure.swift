import Fluent
import FluentPostgresDriver
import JWT
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(FileMiddleware(publicDirectory: app.directory.publicDirectory))
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))

    guard let databaseURL = Environment.get("DATABASE_URL") else {
        fatalError("DATABASE_URL is not set")
    }
    try app.databases.use(.postgres(url: databaseURL), as: .psql)

    guard let jwtSecret = Environment.get("JWT_SIGNING_KEY") else {
        fatalError("JWT_SIGNING_KEY is not set")
    }
    await app.jwt.keys.add(hmac: HMACKey(from: jwtSecret), digestAlgorithm: .sha256)

    app.migrations.add(CreateUser())
    app.migrations.add(CreateWorkout())
    app.migrations.add(CreateRefreshToken())

    app.http.server.configuration.hostname = "0.0.0.0"
    try routes(app)
}
