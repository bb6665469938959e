import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// Live fields against the real engine (DESIGN §14): a manifest change of `spec.resources.memory` is applied to the
/// running container with the engine's update call, no restart.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct LiveFieldsEndToEndTests {
    /// `docker inspect -f FORMAT id`, trimmed.
    private static func inspect(_ id: String, _ format: String) throws -> String {
        try GitCommand.run("/usr/bin/env", ["docker", "inspect", "-f", format, id]).text
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aMemoryChangeInTheConfigRepoUpdatesTheRunningContainerWithoutARestart() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: "  resources: {memory: 64Mi}")])
            let applied = try scenario.berth("apply")
            #expect(applied.status == 0, "\(applied)")
            let before = try #require(await scenario.onlyContainer("a"))
            let startedAt = try Self.inspect(before.id, "{{.State.StartedAt}}")
            #expect(try Self.inspect(before.id, "{{.HostConfig.Memory}}") == String(64 << 20))

            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: "  resources: {memory: 128Mi}")])
            let plan = try scenario.berth("plan")
            #expect(plan.stdout.contains("~ spec.resources.memory: 64Mi → 128Mi"), "\(plan)")
            #expect(plan.stdout.contains("no restart"), "\(plan)")
            let updated = try scenario.berth("apply")
            #expect(updated.status == 0, "\(updated)")
            #expect(scenario.applied("a", "healed", in: updated), "\(updated)")

            let after = try #require(await scenario.onlyContainer("a"))
            #expect(after.id == before.id && after.generation == before.generation && after.state == .running)
            #expect(try Self.inspect(after.id, "{{.State.StartedAt}}") == startedAt, "not restarted")
            #expect(try Self.inspect(after.id, "{{.HostConfig.Memory}}") == String(128 << 20))
            #expect(scenario.page(at: after.port) == "v1")
            let settled = try scenario.berth("plan", "--detailed-exitcode")
            #expect(settled.status == 0, "in sync: \(settled)")
            let rollouts = try await scenario.history("a")
            #expect(rollouts.count == 1, "no rollout: \(rollouts)")
        }
    }
}
