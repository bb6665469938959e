import GRDB

/// The history database's schema, as an ordered list of migrations: add a new one, never edit a shipped one.
package enum HistorySchema {
    /// The schema version this berth writes: how many migrations it knows (`berth version --output json`).
    package static var version: Int { migrator.migrations.count }

    /// Throws when `database` was written by a newer berth: it has migrations applied that this one does not know.
    static func refuseNewer(_ database: some DatabaseReader, path: String) throws {
        let applied = try database.read { db in try migrator.appliedIdentifiers(db) }
        let unknown = applied.subtracting(migrator.migrations).sorted()
        guard unknown.isEmpty else { throw HistoryOpenError(path: path, .newerSchema(unknown: unknown)) }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: rollouts, stages, logs, deployment state, conditions") { db in
            try db.create(table: "rollout") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("deployment", .text).notNull()
                t.column("generation", .integer).notNull()
                t.column("configCommit", .text).notNull()
                t.column("appCommit", .text).notNull()
                t.column("image", .text).notNull()
                t.column("specHash", .text).notNull()
                t.column("strategy", .text).notNull()
                t.column("result", .text).notNull()
                t.column("failingStage", .text)
                t.column("error", .text)
                t.column("startedAt", .datetime).notNull()
                t.column("finishedAt", .datetime)
            }
            try db.create(index: "rollout_by_deployment", on: "rollout", columns: ["deployment", "id"])
            try db.create(table: "stageTransition") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("rollout", onDelete: .cascade).notNull()
                t.column("stage", .text).notNull()
                t.column("state", .text).notNull()
                t.column("message", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "logLine") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("rollout", onDelete: .cascade).notNull()
                t.column("stage", .text).notNull()
                t.column("text", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "deploymentState") { t in
                t.primaryKey("deployment", .text)
                t.column("lastGeneration", .integer).notNull().defaults(to: 0)
                t.column("lastDeployedHash", .text)
                t.column("pinnedGeneration", .integer)
                t.column("pinnedSpecHash", .text)
            }
            try db.create(table: "condition") { t in
                t.column("deployment", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("status", .text).notNull()
                t.column("reason", .text).notNull()
                t.column("message", .text).notNull()
                t.column("observedConfigCommit", .text).notNull()
                t.column("lastTransitionTime", .datetime).notNull()
                t.primaryKey(["deployment", "kind"])
            }
        }
        migrator.registerMigration("v2: each generation's manifest and create request, rollbacks") { db in
            try db.alter(table: "rollout") { t in
                t.add(column: "rollbackOf", .integer)
            }
            try db.create(table: "generationRecord") { t in
                t.primaryKey("rolloutId", .integer).references("rollout", onDelete: .cascade)
                t.column("deployment", .text).notNull()
                t.column("generation", .integer).notNull()
                t.column("manifest", .text).notNull()
                t.column("container", .text)
            }
            try db.create(
                index: "generationRecord_by_generation", on: "generationRecord", columns: ["deployment", "generation"]
            )
        }
        migrator.registerMigration("v3: why a deployment is pinned") { db in
            try db.alter(table: "deploymentState") { t in
                t.add(column: "pinReason", .text)
            }
        }
        migrator.registerMigration("v4: when each drift finding was first seen") { db in
            try db.create(table: "driftFinding") { t in
                t.column("deployment", .text).notNull()
                t.column("container", .text).notNull()
                t.column("field", .text).notNull()
                t.column("firstSeen", .datetime).notNull()
                t.primaryKey(["deployment", "container", "field"])
            }
        }
        migrator.registerMigration("v5: operator actions, dashboard suspensions, pull request plans") { db in
            try db.create(table: "operatorAction") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("deployment", .text).notNull()
                t.column("action", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("detail", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(index: "operatorAction_by_deployment", on: "operatorAction", columns: ["deployment", "id"])
            try db.create(table: "suspension") { t in
                t.primaryKey("deployment", .text)
                t.column("actor", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            try db.create(table: "pullRequestPlan") { t in
                t.primaryKey("headCommit", .text)
                t.column("number", .integer).notNull()
                t.column("state", .text).notNull()
                t.column("summary", .text).notNull()
                t.column("entries", .text).notNull()
                t.column("at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v6: notification deliveries") { db in
            try db.create(table: "notificationDelivery") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("target", .text).notNull()
                t.column("type", .text).notNull()
                t.column("destination", .text).notNull()
                t.column("event", .text).notNull()
                t.column("deployment", .text).notNull()
                t.column("generation", .integer)
                t.column("state", .text).notNull()
                t.column("attempts", .integer).notNull()
                t.column("lastError", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("v7: open previews") { db in
            try db.create(table: "preview") { t in
                t.primaryKey("name", .text)
                t.column("parent", .text).notNull()
                t.column("number", .integer).notNull()
                t.column("repository", .text).notNull()
                t.column("headCommit", .text).notNull()
                t.column("headBranch", .text).notNull()
                t.column("openedAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
        }
        return migrator
    }
}
