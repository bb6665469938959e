import Fluent
import SQLKit
import Vapor

struct TrackRepository {
    let db: Database

    struct TrackHit: Decodable {
        let id: UUID
        let title: String
        let artist: String
        let rank: Double
    }

    func find(id: UUID) async throws -> Track? {
        try await Track.find(id, on: db)
    }

    func search(title: String, limit: Int = 25) async throws -> [TrackHit] {
        guard let sql = db as? SQLDatabase else {
            throw Abort(.internalServerError, reason: "search requires a SQL database")
        }
        return try await sql.raw("""
            SELECT t.id, t.title, a.name AS artist,
                   ts_rank(t.search_vector, plainto_tsquery('simple', \(bind: title))) AS rank
            FROM tracks t JOIN artists a ON a.id = t.artist_id
            WHERE t.search_vector @@ plainto_tsquery('simple', \(bind: title))
            ORDER BY rank DESC
            LIMIT \(bind: min(max(limit, 1), 100))
            """).all(decoding: TrackHit.self)
    }
}
