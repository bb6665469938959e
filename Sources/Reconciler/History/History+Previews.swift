package import Foundation
import GRDB
package import Manifest

/// An open preview (DESIGN §14): the pull request it shows and the head it was last told of. A pass derives the
/// preview deployment from its parent's manifest and this record; removing the record is what closes it.
package struct PreviewRecord: Sendable, Hashable {
    /// `<parent>--pr<N>`.
    package var name: PreviewName
    /// The parent's `source.repo`: where the pull request is.
    package var repository: String
    package var headCommit: String
    package var headBranch: String
    package var openedAt: Date
    /// When the pull request last sent an event (opened, pushed to, reopened): the TTL counts from here.
    package var updatedAt: Date

    /// Whether the pull request sent no event for longer than `ttl` before `now` (`previews.ttl`).
    package func hasExpired(ttl: Duration, at now: Date) -> Bool {
        now.timeIntervalSince(updatedAt) > Double(ttl.components.seconds)
    }

    package init(
        name: PreviewName, repository: String, headCommit: String, headBranch: String, openedAt: Date, updatedAt: Date
    ) {
        self.name = name
        self.repository = repository
        self.headCommit = headCommit
        self.headBranch = headBranch
        self.openedAt = openedAt
        self.updatedAt = updatedAt
    }
}

extension History {
    /// Keeps `record`, replacing the one of the same preview; an earlier record's `openedAt` stays.
    package func save(_ record: PreviewRecord) async throws {
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT INTO preview (name, parent, number, repository, headCommit, headBranch, openedAt, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(name) DO UPDATE SET repository = excluded.repository,
                        headCommit = excluded.headCommit, headBranch = excluded.headBranch,
                        updatedAt = excluded.updatedAt
                    """,
                arguments: [
                    record.name.description, record.name.parent, record.name.number, record.repository,
                    record.headCommit, record.headBranch, HistoryDate.text(record.openedAt),
                    HistoryDate.text(record.updatedAt),
                ])
        }
    }

    /// Every open preview, by name.
    package func previews() async throws -> [PreviewRecord] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM preview ORDER BY name").map { row in
                PreviewRecord(
                    name: PreviewName(parent: row["parent"], number: row["number"]), repository: row["repository"],
                    headCommit: row["headCommit"], headBranch: row["headBranch"],
                    openedAt: HistoryDate.date(row["openedAt"]) ?? .distantPast,
                    updatedAt: HistoryDate.date(row["updatedAt"]) ?? .distantPast)
            }
        }
    }

    /// Forgets the preview `name`: the next job for it removes what it runs.
    package func removePreview(_ name: String) async throws {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM preview WHERE name = ?", arguments: [name])
        }
    }
}
