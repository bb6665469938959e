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
    /// Free-text search over the JSON metadata (target names, IPs, ...).
    var text: String?
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

        let (column, direction): (String, String)
        switch query.sort ?? .newest {
        case .newest: (column, direction) = ("occurred_at", "DESC")
        case .oldest: (column, direction) = ("occurred_at", "ASC")
        case .actor: (column, direction) = ("actor_email", "ASC")
        case .action: (column, direction) = ("action", "ASC")
        }

        // One fixed statement text per sort order (optional filters are "IS NULL OR")
        // so Postgres can reuse the prepared plan; metadata is jsonb, cast for ILIKE.
        let pattern = query.text.map { "%\($0)%" }
        return try await sql.raw("""
            SELECT id, occurred_at, actor_email, action, target_type, target_id, metadata::text AS metadata
            FROM audit_events
            WHERE organization_id = \(bind: query.organizationID)
              AND (\(bind: query.actorEmail)::text IS NULL OR actor_email = \(bind: query.actorEmail))
              AND (\(bind: query.action)::text IS NULL OR action = \(bind: query.action))
              AND (\(bind: query.since)::timestamptz IS NULL OR occurred_at >= \(bind: query.since))
              AND (\(bind: pattern)::text IS NULL OR metadata::text ILIKE \(bind: pattern))
            ORDER BY \(unsafeRaw: column) \(unsafeRaw: direction), id
            LIMIT \(bind: limit)
            """)
            .all(decoding: AuditLogRow.self)
    }
}
