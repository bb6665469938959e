import Fluent
import SQLKit
import Vapor

struct WorkoutRepository {
    let db: Database

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
}
