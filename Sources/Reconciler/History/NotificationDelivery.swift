package import Foundation
import GRDB

/// One event on its way to one `notify` target, as history keeps it and `GET /api/v1/notifications` shows it:
/// never with a secret (the destination is a URL cut to scheme, host and port; errors are written without secrets).
package struct NotificationDelivery: Sendable, Hashable, Codable {
    /// Where a delivery stands.
    package enum State: String, Sendable, Hashable, Codable {
        /// Accepted by the target.
        case delivered
        /// An attempt failed; another one follows after a backoff.
        case retrying
        /// Given up: the attempts are used up, the target refused it for good, or berth stopped first.
        case failed
    }

    package var id: Int64?
    /// The target's `name`.
    package var target: String
    /// The target's `type`: `webhook`, `slack` or `email`.
    package var type: String
    /// Where it goes, safe to show: `https://hooks.slack.com:443`, `smtp://mail.example.com:587`.
    package var destination: String
    /// `failure`, `rollback`, `drift` or `success`.
    package var event: String
    package var deployment: String
    package var generation: Int?
    package var state: State
    /// Attempts made so far.
    package var attempts: Int
    /// Why the newest attempt failed; nil once delivered.
    package var lastError: String?
    package var createdAt: Date
    package var updatedAt: Date

    package init(
        target: String, type: String, destination: String, event: String, deployment: String, generation: Int?,
        state: State, attempts: Int, lastError: String? = nil, createdAt: Date, updatedAt: Date
    ) {
        self.target = target
        self.type = type
        self.destination = destination
        self.event = event
        self.deployment = deployment
        self.generation = generation
        self.state = state
        self.attempts = attempts
        self.lastError = lastError
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

extension History {
    /// How many deliveries history keeps; older ones are forgotten as new ones come.
    static let keptDeliveries = 1000

    /// Keeps a new delivery and returns its id; forgets the oldest beyond ``keptDeliveries``.
    package func record(_ delivery: NotificationDelivery) async throws -> Int64 {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO notificationDelivery (target, type, destination, event, deployment, generation, state,
                        attempts, lastError, createdAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    delivery.target, delivery.type, delivery.destination, delivery.event, delivery.deployment,
                    delivery.generation, delivery.state.rawValue, delivery.attempts, delivery.lastError,
                    HistoryDate.text(delivery.createdAt), HistoryDate.text(delivery.updatedAt),
                ])
            let id = db.lastInsertedRowID
            try db.execute(
                sql: "DELETE FROM notificationDelivery WHERE id <= ?", arguments: [id - Int64(Self.keptDeliveries)])
            return id
        }
    }

    /// Sets where delivery `id` stands after an attempt.
    package func update(
        delivery id: Int64, state: NotificationDelivery.State, attempts: Int, lastError: String?, at: Date
    ) async throws {
        try await database.write { db in
            try db.execute(
                sql:
                    "UPDATE notificationDelivery SET state = ?, attempts = ?, lastError = ?, updatedAt = ? WHERE id = ?",
                arguments: [state.rawValue, attempts, lastError, HistoryDate.text(at), id])
        }
    }

    /// The newest deliveries, newest first.
    package func notificationDeliveries(limit: Int) async throws -> [NotificationDelivery] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT id, target, type, destination, event, deployment, generation, state, attempts, lastError,
                        createdAt, updatedAt
                    FROM notificationDelivery ORDER BY id DESC LIMIT ?
                    """,
                arguments: [limit]
            ).compactMap { row in
                guard let state = NotificationDelivery.State(rawValue: row["state"]),
                    let createdAt = HistoryDate.date(row["createdAt"]),
                    let updatedAt = HistoryDate.date(row["updatedAt"])
                else { return nil }
                var delivery = NotificationDelivery(
                    target: row["target"], type: row["type"], destination: row["destination"], event: row["event"],
                    deployment: row["deployment"], generation: row["generation"], state: state,
                    attempts: row["attempts"], lastError: row["lastError"], createdAt: createdAt, updatedAt: updatedAt)
                delivery.id = row["id"]
                return delivery
            }
        }
    }
}
