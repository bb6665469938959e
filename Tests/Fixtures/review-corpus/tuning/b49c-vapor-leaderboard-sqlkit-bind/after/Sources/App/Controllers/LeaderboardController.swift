import Fluent
import SQLKit
import Vapor

struct LeaderboardEntry: Content {
    let userID: UUID
    let displayName: String
    let points: Int
}

struct LeaderboardController: RouteCollection {
    struct Filter: Content {
        var season: Int?
        var league: String?
    }

    func boot(routes: RoutesBuilder) throws {
        let board = routes.grouped("leaderboard")
        board.get(use: index)
    }

    func index(req: Request) async throws -> [LeaderboardEntry] {
        guard let sql = req.db as? SQLDatabase else {
            throw Abort(.internalServerError)
        }

        let filter = try req.query.decode(Filter.self)
        let season = filter.season ?? Season.current.number
        let league = filter.league ?? "open"

        return try await sql.raw("""
            SELECT u.id AS "userID", u.display_name AS "displayName", SUM(p.points)::int AS points
            FROM points p
            JOIN users u ON u.id = p.user_id
            WHERE p.season = \(bind: season)
              AND u.league = \(bind: league)
            GROUP BY u.id, u.display_name
            ORDER BY points DESC
            LIMIT 50
            """)
            .all(decoding: LeaderboardEntry.self)
    }
}
