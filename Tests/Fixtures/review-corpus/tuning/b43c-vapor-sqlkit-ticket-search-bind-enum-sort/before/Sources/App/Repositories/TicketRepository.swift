import Fluent
import SQLKit
import Vapor

struct TicketRow: Content {
    let id: UUID
    let subject: String
    let priority: Int
    let createdAt: Date
}

struct TicketRepository {
    let db: Database

    private var sql: SQLDatabase {
        get throws {
            guard let sql = db as? SQLDatabase else { throw Abort(.internalServerError) }
            return sql
        }
    }

    func open(for teamID: UUID, limit: Int = 50) async throws -> [TicketRow] {
        try await sql.raw("""
            SELECT id, subject, priority, created_at AS "createdAt"
            FROM tickets
            WHERE team_id = \(bind: teamID) AND closed_at IS NULL
            ORDER BY created_at DESC
            LIMIT \(bind: min(limit, 200))
            """).all(decoding: TicketRow.self)
    }
}
