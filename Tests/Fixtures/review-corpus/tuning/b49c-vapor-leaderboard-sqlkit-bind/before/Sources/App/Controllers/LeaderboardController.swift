import Fluent
import SQLKit
import Vapor

struct LeaderboardEntry: Content {
    let userID: UUID
    let displayName: String
    let points: Int
}

struct LeaderboardController: RouteCollection {
    func boot(routes: RoutesBuilder) throws {
        let board = routes.grouped("leaderboard")
        board.get(use: index)
    }

    func index(req: Request) async throws -> [LeaderboardEntry] {
        guard let sql = req.db as? SQLDatabase else {
            throw Abort(.internalServerError)
        }

        return try await sql.raw("""
            SELECT u.id AS "userID", u.display_name AS "displayName", SUM(p.points)::int AS points
            FROM points p
            JOIN users u ON u.id = p.user_id
            GROUP BY u.id, u.display_name
            ORDER BY points DESC
            LIMIT 50
            """)
            .all(decoding: LeaderboardEntry.self)
    }
}
