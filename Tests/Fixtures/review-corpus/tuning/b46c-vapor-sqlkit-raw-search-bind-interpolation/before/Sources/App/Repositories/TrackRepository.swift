import Fluent
import SQLKit
import Vapor

struct TrackRepository {
    let db: Database

    func find(id: UUID) async throws -> Track? {
        try await Track.find(id, on: db)
    }

    func search(title: String, limit: Int = 25) async throws -> [Track] {
        try await Track.query(on: db)
            .filter(\.$title, .custom("ILIKE"), "%\(title)%")
            .sort(\.$title)
            .limit(limit)
            .all()
    }
}
