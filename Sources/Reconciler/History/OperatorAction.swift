package import Foundation
import GRDB

/// Something a person asked of one deployment through the API or the dashboard (sync, rollback, unpin, suspend,
/// resume, cancel), kept in history with who asked: the deployment page lists them beside the rollouts they started.
package struct OperatorAction: Sendable, Hashable, Codable {
    /// What was asked.
    package enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case sync, rollback, unpin, suspend, resume, cancel
    }

    package var deployment: String
    package var kind: Kind
    /// Who asked: `dashboard:<name>` for a dashboard session, `api` for a bearer-token call.
    package var actor: String
    /// What came of it, in words (`generation 3 restored`, `queued`).
    package var detail: String
    package var at: Date

    package init(deployment: String, kind: Kind, actor: String, detail: String, at: Date = Date()) {
        self.deployment = deployment
        self.kind = kind
        self.actor = actor
        self.detail = detail
        self.at = at
    }
}

/// A deployment suspended from the dashboard (DESIGN §14): a runtime pause kept in history, lifted only by the
/// dashboard's resume; the manifest's `spec.suspend` is separate, and either suspends.
package struct Suspension: Sendable, Hashable, Codable {
    package var actor: String
    package var at: Date

    package init(actor: String, at: Date) {
        self.actor = actor
        self.at = at
    }
}

/// What `berth/plan` computed for a pull request's head commit, kept for the dashboard's plan page.
package struct PullRequestPlan: Sendable, Hashable, Codable {
    /// One deployment's line of the plan.
    package struct Entry: Sendable, Hashable, Codable {
        package var deployment: String
        /// `create`, `update`, `in-sync`, `invalid`, …
        package var action: String
        /// Why, in words.
        package var detail: String

        package init(deployment: String, action: String, detail: String) {
            self.deployment = deployment
            self.action = action
            self.detail = detail
        }
    }

    package var headCommit: String
    package var number: Int
    /// The `berth/plan` status state: `success`, `failure` or `error`.
    package var state: String
    /// The status description (`2 to create, 1 invalid`).
    package var summary: String
    package var entries: [Entry]
    package var at: Date

    package init(headCommit: String, number: Int, state: String, summary: String, entries: [Entry], at: Date = Date()) {
        self.headCommit = headCommit
        self.number = number
        self.state = state
        self.summary = summary
        self.entries = entries
        self.at = at
    }
}

/// One page of a rollout's output: lines with their row ids, which order them and are the cursors of the pages
/// around it and of the live log that follows the last one.
package struct LogPage: Sendable, Hashable {
    package var lines: [(id: Int64, line: RolloutLogLine)]
    /// Whether lines come before the first one here.
    package var hasEarlier: Bool
    /// Whether lines come after the last one here.
    package var hasLater: Bool

    package static func == (lhs: LogPage, rhs: LogPage) -> Bool {
        lhs.hasEarlier == rhs.hasEarlier && lhs.hasLater == rhs.hasLater
            && lhs.lines.map(\.id) == rhs.lines.map(\.id) && lhs.lines.map(\.line) == rhs.lines.map(\.line)
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(lines.map(\.id))
        hasher.combine(hasEarlier)
        hasher.combine(hasLater)
    }
}

extension History {
    /// Keeps `action` in history.
    package func record(_ action: OperatorAction) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO operatorAction (deployment, action, actor, detail, at) VALUES (?, ?, ?, ?, ?)",
                arguments: [
                    action.deployment, action.kind.rawValue, action.actor, action.detail, HistoryDate.text(action.at),
                ]
            )
        }
    }

    /// The newest actions asked of `deployment`, newest first.
    package func actions(of deployment: String, limit: Int = 50) async throws -> [OperatorAction] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT deployment, action, actor, detail, at FROM operatorAction WHERE deployment = ?
                    ORDER BY id DESC LIMIT ?
                    """,
                arguments: [deployment, limit]
            ).compactMap { row in
                guard let kind = OperatorAction.Kind(rawValue: row["action"]),
                    let at = HistoryDate.date(row["at"])
                else { return nil }
                return OperatorAction(
                    deployment: row["deployment"], kind: kind, actor: row["actor"], detail: row["detail"], at: at)
            }
        }
    }

    /// Suspends `deployment` from the dashboard; a second suspend keeps the first one's actor and time.
    package func suspend(_ deployment: String, actor: String, at time: Date = Date()) async throws {
        try await database.write { db in
            try db.execute(
                sql: "INSERT INTO suspension (deployment, actor, at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                arguments: [deployment, actor, HistoryDate.text(time)]
            )
        }
    }

    /// Lifts the dashboard's suspension of `deployment`; false when there was none.
    @discardableResult
    package func resume(_ deployment: String) async throws -> Bool {
        try await database.write { db in
            try db.execute(sql: "DELETE FROM suspension WHERE deployment = ?", arguments: [deployment])
            return db.changesCount > 0
        }
    }

    /// The dashboard's suspensions by deployment.
    package func suspensions() async throws -> [String: Suspension] {
        try await database.read(Self.suspensions)
    }

    static func suspensions(in db: Database) throws -> [String: Suspension] {
        var result: [String: Suspension] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT deployment, actor, at FROM suspension") {
            result[row["deployment"]] = Suspension(actor: row["actor"], at: HistoryDate.date(row["at"]) ?? .distantPast)
        }
        return result
    }

    /// Keeps `plan` as what `berth/plan` computed for its head commit, replacing an earlier one for that commit.
    package func save(_ plan: PullRequestPlan) async throws {
        let entries = String(decoding: try JSONEncoder().encode(plan.entries), as: UTF8.self)
        try await database.write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO pullRequestPlan (headCommit, number, state, summary, entries, at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [plan.headCommit, plan.number, plan.state, plan.summary, entries, HistoryDate.text(plan.at)]
            )
        }
    }

    /// What `berth/plan` computed for `headCommit`; nil when no plan was kept for it.
    package func pullRequestPlan(_ headCommit: String) async throws -> PullRequestPlan? {
        let row = try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM pullRequestPlan WHERE headCommit = ?", arguments: [headCommit])
        }
        guard let row else { return nil }
        let entriesText: String = row["entries"]
        return PullRequestPlan(
            headCommit: row["headCommit"], number: row["number"], state: row["state"], summary: row["summary"],
            entries: try JSONDecoder().decode([PullRequestPlan.Entry].self, from: Data(entriesText.utf8)),
            at: HistoryDate.date(row["at"]) ?? .distantPast
        )
    }

    /// Up to `maximumBytes` of a rollout's output, each line counted as `cost` says (its UTF-8 length unless
    /// told otherwise): the lines after the line with id `after`, or before the line with id `before`, or (with
    /// neither) the last ones. A single line over the budget comes alone.
    package func logPage(
        of rolloutID: Int64, after: Int64? = nil, before: Int64? = nil, maximumBytes: Int,
        cost: @escaping @Sendable (String) -> Int = { $0.utf8.count }
    ) async throws -> LogPage {
        try await database.read { db in
            let forward = after != nil
            let bound = after ?? before ?? Int64.max
            let sql =
                forward
                ? "SELECT id, stage, text, at FROM logLine WHERE rolloutId = ? AND id > ? ORDER BY id"
                : "SELECT id, stage, text, at FROM logLine WHERE rolloutId = ? AND id < ? ORDER BY id DESC"
            var lines: [(id: Int64, line: RolloutLogLine)] = []
            var bytes = 0
            var more = false
            let cursor = try Row.fetchCursor(db, sql: sql, arguments: [rolloutID, bound])
            while let row = try cursor.next() {
                let text: String = row["text"]
                let size = cost(text)
                if !lines.isEmpty, bytes + size > maximumBytes {
                    more = true
                    break
                }
                bytes += size
                let line = RolloutLogLine(
                    rolloutID: rolloutID, stage: row["stage"], text: text,
                    at: HistoryDate.date(row["at"]) ?? .distantPast)
                lines.append((row["id"], line))
            }
            if !forward { lines.reverse() }
            let first = lines.first?.id ?? bound
            let last = lines.last?.id ?? bound
            let earlier =
                forward
                ? try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM logLine WHERE rolloutId = ? AND id < ?)",
                    arguments: [rolloutID, first]) ?? false
                : more
            let later =
                forward
                ? more
                : try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM logLine WHERE rolloutId = ? AND id > ?)",
                    arguments: [rolloutID, last]) ?? false
            return LogPage(lines: lines, hasEarlier: earlier, hasLater: later)
        }
    }

    /// A rollout's stage transitions after the one with row id `after`, with their row ids, in order.
    package func transitions(of rolloutID: Int64, after: Int64) async throws -> [(
        id: Int64, transition: StageTransition
    )] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "SELECT id, stage, state, message, at FROM stageTransition WHERE rolloutId = ? AND id > ? ORDER BY id",
                arguments: [rolloutID, after]
            ).map { row in
                let transition = StageTransition(
                    rolloutID: rolloutID, stage: row["stage"], state: row["state"], message: row["message"],
                    at: HistoryDate.date(row["at"]) ?? .distantPast)
                return (row["id"], transition)
            }
        }
    }
}

extension History {
    /// Each deployment's newest rollout, in one query.
    package func latestRollouts() async throws -> [String: Rollout] {
        try await database.read { db in
            let records = try RolloutRecord.fetchAll(
                db, sql: "SELECT * FROM rollout WHERE id IN (SELECT MAX(id) FROM rollout GROUP BY deployment)")
            return Dictionary(records.map { ($0.deployment, $0.rollout) }, uniquingKeysWith: { first, _ in first })
        }
    }
}
