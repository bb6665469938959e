import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `berth plan` shows what an update changes field by field, `--detailed-exitcode` gates CI on it, and
/// `berth rollback` restores what an old generation ran, against the real engine and real git repositories.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct PlanDiffEndToEndTests {
    private static func object(_ run: BerthBinary.Run) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any], "\(run)")
    }

    @Test func envMemoryAndCommitsShowAsFieldLinesThenRollbackRestoresTheOldGenerationsEnv() async throws {
        try await Scenario.run { scenario in
            let first = try scenario.commitApp("a", page: "v1")
            let settings = { (greeting: String, memory: String) in
                "  env: {GREETING: \(greeting)}\n  resources: {memory: \(memory)}"
            }
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: settings("one", "32Mi"))])
            let applied = try scenario.berth("apply")
            #expect(applied.status == 0, "\(applied)")

            try scenario.commitApp("a", page: "v2")
            let third = try scenario.commitApp("a", page: "v3")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: settings("two", "48Mi"))])
            let plan = try scenario.berth("plan")
            #expect(plan.status == 0, "without the flag pending changes exit 0: \(plan)")
            for line in [
                "~ \(scenario.name("a"))  update: replaces generation 1",
                "~ spec.env.GREETING: one → two", "~ spec.resources.memory: 32Mi → 48Mi",
                "~ source: \(first.prefix(7)) → \(third.prefix(7)), 2 commits",
                "strategy start-first: \(scenario.name("a"))-1 serves until the new generation is healthy",
            ] {
                #expect(plan.stdout.contains(line), "\(line)\n\(plan)")
            }

            let json = try Self.object(try scenario.berth("plan", "--output", "json"))
            let entry = try #require((json["deployments"] as? [[String: Any]])?.first)
            let changes = try #require(entry["changes"] as? [[String: String]], "\(entry)")
            #expect(changes.contains(["field": "spec.env.GREETING", "from": "one", "to": "two", "kind": "changed"]))
            #expect(
                changes.contains(["field": "spec.resources.memory", "from": "32Mi", "to": "48Mi", "kind": "changed"]))
            let commits = try #require(entry["commits"] as? [String: Any])
            #expect(commits["from"] as? String == first && commits["to"] as? String == third)
            #expect(commits["count"] as? Int == 2)
            #expect(entry["strategy"] as? String == "start-first" && entry["downtime"] as? Bool == false)
            #expect(json["schemaVersion"] as? Int == 1)

            #expect(try scenario.berth("plan", "--detailed-exitcode").status == 3)
            #expect(try scenario.berth("apply").status == 0)
            let settled = try scenario.berth("plan", "--detailed-exitcode")
            #expect(settled.status == 0, "nothing pending: \(settled)")

            let rollback = try scenario.berth("rollback", scenario.name("a"), "--to", "1")
            #expect(rollback.status == 0, "\(rollback)")
            let restored = try #require(await scenario.onlyContainer("a"))
            #expect(restored.generation == 3 && restored.commit == first)
            #expect(scenario.page(at: restored.port) == "v1")
            let details = try await scenario.docker.inspectContainer(restored.id)
            #expect(details.environment.contains("GREETING=one"), "generation 1's, not today's: \(details.environment)")

            let history = try scenario.berth("history", scenario.name("a"))
            #expect(history.stdout.contains("generation 3  succeeded"), "\(history)")
            #expect(history.stdout.contains("rollback to generation 1"), "\(history)")
            #expect(history.stdout.contains(" UTC"), "start dates are shown: \(history)")
            let rollouts = try #require(
                try Self.object(try scenario.berth("history", scenario.name("a"), "--output", "json"))["rollouts"]
                    as? [[String: Any]])
            #expect(rollouts.map { $0["generation"] as? Int } == [3, 2, 1])
            #expect(rollouts.first?["rollbackOf"] as? Int == 1 && rollouts.last?["rollbackOf"] == nil)
            #expect(rollouts.allSatisfy { $0["runId"] is Int && $0["startedAt"] is String && $0["durationMs"] is Int })
        }
    }
}
