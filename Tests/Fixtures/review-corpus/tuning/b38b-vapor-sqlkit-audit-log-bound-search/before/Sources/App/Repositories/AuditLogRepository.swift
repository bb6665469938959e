import Fluent
import SQLKit
import Vapor

struct AuditLogQuery: Decodable {
    enum Sort: String, Decodable {
        case newest, oldest, actor, action
    }

    var organizationID: UUID
    var actorEmail: String?
    var action: String?
    var since: Date?
    var sort: Sort?
    var limit: Int?
}

struct AuditLogRow: Codable {
    var id: UUID
    var occurredAt: Date
    var actorEmail: String
    var action: String
    var targetType: String
    var targetID: String?
    var metadata: String

    enum CodingKeys: String, CodingKey {
        case id, action, metadata
        case occurredAt = "occurred_at"
        case actorEmail = "actor_email"
        case targetType = "target_type"
        case targetID = "target_id"
    }
}

struct AuditLogRepository {
    let sql: SQLDatabase

    func search(_ query: AuditLogQuery) async throws -> [AuditLogRow] {
        let limit = min(max(query.limit ?? 100, 1), 500)

        var select = sql.select()
            .columns("id", "occurred_at", "actor_email", "action", "target_type", "target_id", "metadata")
            .from("audit_events")
            .where("organization_id", .equal, query.organizationID)

        if let email = query.actorEmail {
            select = select.where("actor_email", .equal, email)
        }
        if let action = query.action {
            select = select.where("action", .equal, action)
        }
        if let since = query.since {
            select = select.where("occurred_at", .greaterThanOrEqual, since)
        }

        return try await select
            .orderBy("occurred_at", .descending)
            .limit(limit)
            .all(decoding: AuditLogRow.self)
    }
}
