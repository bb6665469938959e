import Fluent
import FluentPostgresDriver
import Vapor

public func configure(_ app: Application) async throws {
    app.middleware.use(ErrorMiddleware.default(environment: app.environment))

    guard let databaseURL = Environment.get("DATABASE_URL") else {
        fatalError("DATABASE_URL is not set")
    }
    try app.databases.use(.postgres(url: databaseURL), as: .psql)

    app.migrations.add(CreateHousehold())
    app.migrations.add(CreateMember())
    app.migrations.add(CreateChore())
    app.migrations.add(CreateDeviceToken())

    app.queues.schedule(ChoreReminderJob()).hourly().at(0)
    try app.queues.startScheduledJobs()

    try routes(app)
}
