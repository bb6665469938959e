import Fluent
import SQLKit
import Vapor

struct TicketRow: Content {
    let id: UUID
    let subject: String
    let priority: Int
    let createdAt: Date
}

enum TicketSort: String, Content {
    case newest, oldest, priority

    var orderClause: String {
        switch self {
        case .newest: return "created_at DESC"
        case .oldest: return "created_at ASC"
        case .priority: return "priority DESC, created_at DESC"
        }
    }
}

struct TicketRepository {
    let db: Database

    private var sql: SQLDatabase {
        get throws {
            guard let sql = db as? SQLDatabase else { throw Abort(.internalServerError) }
            return sql
        }
    }

    func open(for teamID: UUID, search: String? = nil, sort: TicketSort = .newest, limit: Int = 50) async throws -> [TicketRow] {
        let pattern = "%" + (search ?? "") + "%"
        return try await sql.raw("""
            SELECT id, subject, priority, created_at AS "createdAt"
            FROM tickets
            WHERE team_id = \(bind: teamID) AND closed_at IS NULL
              AND subject ILIKE \(bind: pattern)
            ORDER BY \(unsafeRaw: sort.orderClause)
            LIMIT \(bind: min(limit, 200))
            """).all(decoding: TicketRow.self)
    }
}
