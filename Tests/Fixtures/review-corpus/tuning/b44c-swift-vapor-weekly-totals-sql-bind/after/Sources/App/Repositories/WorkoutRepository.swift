import Fluent
import SQLKit
import Vapor

struct WorkoutRepository {
    let db: Database

    struct WeeklyTotal: Decodable {
        let week: Date
        let distanceMeters: Double
        let sessions: Int

        enum CodingKeys: String, CodingKey {
            case week
            case distanceMeters = "distance_meters"
            case sessions
        }
    }

    func recent(for userID: UUID, limit: Int = 20) async throws -> [Workout] {
        try await Workout.query(on: db)
            .filter(\.$user.$id == userID)
            .sort(\.$startedAt, .descending)
            .limit(limit)
            .all()
    }

    func find(_ id: UUID, for userID: UUID) async throws -> Workout? {
        try await Workout.query(on: db)
            .filter(\.$id == id)
            .filter(\.$user.$id == userID)
            .first()
    }

    func weeklyTotals(for userID: UUID, activity: String, weeks: Int) async throws -> [WeeklyTotal] {
        guard let sql = db as? SQLDatabase else { throw Abort(.internalServerError) }
        return try await sql.raw("""
            SELECT date_trunc('week', started_at) AS week,
                   COALESCE(SUM(distance_meters), 0)::float8 AS distance_meters,
                   COUNT(*)::int AS sessions
            FROM workouts
            WHERE user_id = \(bind: userID)
              AND activity = \(bind: activity)
              AND started_at >= now() - make_interval(weeks => \(bind: weeks))
            GROUP BY 1
            ORDER BY 1
            """).all(decoding: WeeklyTotal.self)
    }
}
