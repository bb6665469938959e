package import Foundation
import GRDB

extension History {
    /// Which thing a drift finding is about: its deployment (empty for host findings), container and field.
    package struct DriftKey: Sendable, Hashable {
        package var deployment: String
        package var container: String
        package var field: String

        package init(deployment: String?, container: String?, field: String) {
            self.deployment = deployment ?? ""
            self.container = container ?? ""
            self.field = field
        }
    }

    /// When each finding of the last kept scan was first seen.
    package func driftFirstSeen() async throws -> [DriftKey: Date] {
        try await database.read { db in try Self.firstSeen(db) }
    }

    /// Keeps `findings` as the current drift, seen at `now`: a finding already kept keeps its first-seen time, a
    /// new one is first seen `now`, and one no longer found is forgotten. Returns every kept finding's first-seen
    /// time.
    package func keepDrift(_ findings: Set<DriftKey>, seenAt now: Date) async throws -> [DriftKey: Date] {
        try await database.write { db in
            var kept = try Self.firstSeen(db)
            for key in kept.keys where !findings.contains(key) {
                try db.execute(
                    sql: "DELETE FROM driftFinding WHERE deployment = ? AND container = ? AND field = ?",
                    arguments: [key.deployment, key.container, key.field])
                kept[key] = nil
            }
            for key in findings where kept[key] == nil {
                try db.execute(
                    sql: "INSERT INTO driftFinding (deployment, container, field, firstSeen) VALUES (?, ?, ?, ?)",
                    arguments: [key.deployment, key.container, key.field, HistoryDate.text(now)])
                kept[key] = now
            }
            return kept
        }
    }

    private static func firstSeen(_ db: Database) throws -> [DriftKey: Date] {
        var result: [DriftKey: Date] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT deployment, container, field, firstSeen FROM driftFinding") {
            let key = DriftKey(deployment: row["deployment"], container: row["container"], field: row["field"])
            result[key] = row["firstSeen"]
        }
        return result
    }

    /// The create request history keeps for each of `generations` (deployment → generation), in one read and
    /// without the manifests; a generation rolled out before berth kept them is absent.
    package func createRequests(of generations: [(deployment: String, generation: Int)]) async throws
        -> [String: [Int: RecordedContainer]]
    {
        try await database.read { db in
            let statement = try db.makeStatement(
                sql: """
                    SELECT container FROM generationRecord WHERE deployment = ? AND generation = ?
                    ORDER BY rolloutId DESC LIMIT 1
                    """)
            var result: [String: [Int: RecordedContainer]] = [:]
            for (deployment, generation) in generations {
                if let text = try String.fetchOne(statement, arguments: [deployment, generation]) {
                    result[deployment, default: [:]][generation] = try RecordedContainer(jsonText: text)
                }
            }
            return result
        }
    }
}
