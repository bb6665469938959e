import GRDB

extension History {
    /// Keeps the newest `bytes` of a rollout's output and deletes the lines before them; the newest deleted line's
    /// row is kept in its place with the text `note(cut)`, `cut` being the bytes of output this call removed.
    /// - Returns: the bytes removed (0 when the output fits).
    package func keepLogTail(
        of rolloutID: Int64, bytes: Int, note: @escaping @Sendable (Int) -> String
    ) async throws -> Int {
        try await database.write { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT id, length(CAST(text AS BLOB)) AS size FROM logLine WHERE rolloutId = ? ORDER BY id DESC",
                arguments: [rolloutID])
            var kept = 0
            var cut: [(id: Int64, size: Int)] = []
            for row in rows {
                let size: Int = row["size"]
                if cut.isEmpty && kept + size <= bytes {
                    kept += size
                } else {
                    cut.append((row["id"], size))
                }
            }
            guard let marker = cut.first else { return 0 }
            let removed = cut.reduce(0) { $0 + $1.size }
            try db.execute(
                sql: "DELETE FROM logLine WHERE rolloutId = ? AND id < ?", arguments: [rolloutID, marker.id])
            try db.execute(sql: "UPDATE logLine SET text = ? WHERE id = ?", arguments: [note(removed), marker.id])
            return removed
        }
    }
}
