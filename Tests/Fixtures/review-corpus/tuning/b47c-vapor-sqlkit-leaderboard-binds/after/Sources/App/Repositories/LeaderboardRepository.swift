import SQLKit
import Vapor

struct LeaderboardRow: Content {
    let userID: UUID
    let displayName: String
    let points: Int
    let rank: Int
}

/// Season rankings. Raw SQL because Fluent has no window functions.
struct LeaderboardRepository {
    let db: any SQLDatabase

    func top(season: String, region: String?, limit: Int) async throws -> [LeaderboardRow] {
        var query: SQLQueryString = """
            SELECT u.id AS "userID",
                   u.display_name AS "displayName",
                   SUM(s.points)::int AS points,
                   RANK() OVER (ORDER BY SUM(s.points) DESC)::int AS rank
            FROM scores s
            JOIN users u ON u.id = s.user_id
            WHERE s.season = \(bind: season)
            """

        if let region {
            query += " AND u.region = \(bind: region)"
        }

        let capped = min(max(limit, 1), 100)
        query += " GROUP BY u.id, u.display_name ORDER BY points DESC LIMIT \(bind: capped)"

        return try await db.raw(query).all(decoding: LeaderboardRow.self)
    }
}
