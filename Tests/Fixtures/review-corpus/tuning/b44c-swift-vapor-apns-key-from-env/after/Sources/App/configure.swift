import APNS
import Fluent
import FluentPostgresDriver
import Vapor
import VaporAPNS

public func configure(_ app: Application) async throws {
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))

    guard let databaseURL = Environment.get("DATABASE_URL") else {
        fatalError("DATABASE_URL is not set")
    }
    try app.databases.use(.postgres(url: databaseURL), as: .psql)

    guard let apnsKeyPEM = Environment.get("APNS_PRIVATE_KEY") else {
        fatalError("APNS_PRIVATE_KEY is not set")
    }
    let apnsConfig = APNSClientConfiguration(
        authenticationMethod: .jwt(
            privateKey: try .init(pemRepresentation: apnsKeyPEM),
            keyIdentifier: "7HQ4KX2WNB",
            teamIdentifier: "M3R8TZ5VQC"
        ),
        environment: app.environment == .production ? .production : .development
    )
    app.apns.containers.use(
        apnsConfig,
        eventLoopGroupProvider: .shared(app.eventLoopGroup),
        responseDecoder: JSONDecoder(),
        requestEncoder: JSONEncoder(),
        as: .default
    )
    app.storage[ChoreNotifierTopicKey.self] = "app.choreboard.ios"

    app.migrations.add(CreateHousehold())
    app.migrations.add(CreateMember())
    app.migrations.add(CreateChore())
    app.migrations.add(CreateDeviceToken())

    app.queues.schedule(ChoreReminderJob()).hourly().at(0)
    try app.queues.startScheduledJobs()

    try routes(app)
}
