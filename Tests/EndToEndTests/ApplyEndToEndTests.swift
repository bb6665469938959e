import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `berth apply` against the real engine and real git repositories, run as the operator runs it.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct ApplyEndToEndTests {
    @Test func twoDeploymentsFromScratchServeTheirCommitsThenASecondApplyChangesNothing() async throws {
        try await Scenario.run { scenario in
            let commitA = try scenario.commitApp("a", page: "page of a")
            let commitB = try scenario.commitApp("b", page: "page of b")
            let configCommit = try scenario.commitConfig([
                "a.yaml": try scenario.manifest("a"), "b.yaml": try scenario.manifest("b"),
            ])

            let first = try scenario.berth("apply")
            #expect(first.status == 0, "\(first)")
            for (short, commit) in [("a", commitA), ("b", commitB)] {
                let container = try #require(await scenario.onlyContainer(short), "one container for \(short)")
                #expect(container.name == scenario.name(short) + "-1")
                #expect(container.generation == 1)
                #expect(container.commit == commit)
                #expect(container.configCommit == configCommit)
                #expect(container.state == .running)
                #expect(container.specHash.count == 64)
                #expect(scenario.page(at: container.port) == "page of \(short)")
            }

            let events = try await scenario.docker.events(EventFilter(types: ["container", "image"]))
            let recorder = Task {
                var seen: [String] = []
                for try await event in events { seen.append("\(event.type) \(event.action) \(event.actorID.prefix(12))") }
                return seen
            }
            try await Task.sleep(for: .milliseconds(300))
            let second = try scenario.berth("apply")
            try await Task.sleep(for: .milliseconds(500))
            recorder.cancel()
            let mutations = (try? await recorder.value) ?? []
            #expect(second.status == 0, "\(second)")
            #expect(second.stdout.contains("Apply: 2 deployments: 2 unchanged in "), "\(second)")
            #expect(mutations.isEmpty, "Docker events during a no-op apply: \(mutations)")
            #expect(try await scenario.history("a").count == 1)
            #expect(try await scenario.history("b").count == 1)
        }
    }

    @Test func aNewCommitRollsOutAndFailedHealthOrBuildLeavesTheRunningGenerationServing() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            #expect(try scenario.berth("apply").status == 0)

            let v2 = try scenario.commitApp("a", page: "v2")
            let rolled = try scenario.berth("apply")
            #expect(rolled.status == 0, "\(rolled)")
            let second = try #require(await scenario.onlyContainer("a"), "generation 1 removed, generation 2 active")
            #expect(second.generation == 2 && second.commit == v2)
            #expect(scenario.page(at: second.port) == "v2")
            #expect(try await scenario.history("a").map(\.result) == [.succeeded, .succeeded])

            try scenario.commitApp("a", page: "v3 without healthz", healthy: false)
            let unhealthy = try scenario.berth("apply")
            #expect(unhealthy.status == 1, "\(unhealthy)")
            #expect(unhealthy.stdout.contains("FAILED"), "\(unhealthy)")
            let afterHealth = try #require(await scenario.onlyContainer("a"), "no candidate left")
            #expect(afterHealth.id == second.id)
            #expect(scenario.page(at: afterHealth.port) == "v2")
            let failedHealth = try #require(try await scenario.history("a").first)
            #expect(failedHealth.result == .failed && failedHealth.failingStage == "health", "\(failedHealth)")

            try scenario.commitApp("a", page: "v4 does not build", setup: "RUN echo broken step && false")
            let broken = try scenario.berth("apply")
            #expect(broken.status == 1, "\(broken)")
            #expect(broken.stdout.contains("broken step"), "build output is streamed: \(broken)")
            let afterBuild = try #require(await scenario.onlyContainer("a"))
            #expect(afterBuild.id == second.id)
            #expect(scenario.page(at: afterBuild.port) == "v2")
            let failedBuild = try #require(try await scenario.history("a").first)
            #expect(failedBuild.result == .failed && failedBuild.failingStage == "build", "\(failedBuild)")
        }
    }

    @Test func pruneOnlyWithTheFlagAndNeverWhenTheConfigRepositoryIsUnreachable() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "a")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a"), "b.yaml": try scenario.manifest("b", app: "a")])
            #expect(try scenario.berth("apply").status == 0)

            try scenario.commitConfig([
                "a.yaml": try scenario.manifest("a"),
                "c.yaml": try scenario.manifest("c", app: "a"),
                "broken.yaml": "apiVersion: berth/v1\nkind: Deployment\nmetadata: {name: \(scenario.name("x"))}\nspec: {ports: 80}\n",
            ])
            let plan = try scenario.berth("plan")
            #expect(plan.status == 0, "\(plan)")
            #expect(plan.stdout.contains("- \(scenario.name("b"))"), "\(plan)")
            #expect(plan.stdout.contains("+ \(scenario.name("c"))"), "\(plan)")
            #expect(plan.stdout.contains("x \(scenario.name("x"))"), "\(plan)")
            #expect(plan.stdout.contains("broken.yaml:4:"), "invalid entries name the place: \(plan)")

            let kept = try scenario.berth("apply")
            #expect(kept.status == 1, "an invalid manifest makes apply exit 1: \(kept)")
            #expect(try await scenario.onlyContainer("b") != nil, "not pruned without --prune")
            #expect(try await scenario.onlyContainer("c") != nil, "the valid manifests still roll out")

            let moved = scenario.config.bare.deletingLastPathComponent().appendingPathComponent("moved.git")
            try FileManager.default.moveItem(at: scenario.config.bare, to: moved)
            let unreachable = try scenario.berth("apply", "--prune")
            #expect(unreachable.status == 1, "\(unreachable)")
            #expect(unreachable.stderr.contains("cannot plan"), "\(unreachable)")
            #expect(try await scenario.containers().count == 3, "nothing pruned or stopped")
            #expect(try await scenario.containers().allSatisfy { $0.state == .running })
            try FileManager.default.moveItem(at: moved, to: scenario.config.bare)

            let pruned = try scenario.berth("apply", "--prune")
            #expect(scenario.applied("b", "pruned", in: pruned), "\(pruned)")
            #expect(try await scenario.containers().map(\.deployment).sorted() == [scenario.name("a"), scenario.name("c")])
        }
    }

    @Test func rollbackRedeploysAKeptImageAndPinsUntilUnpinned() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            #expect(try scenario.berth("apply").status == 0)
            try scenario.commitApp("a", page: "v2")
            #expect(try scenario.berth("apply").status == 0)

            let rollback = try scenario.berth("rollback", scenario.name("a"), "--to", "1")
            #expect(rollback.status == 0, "\(rollback)")
            let rolledBack = try #require(await scenario.onlyContainer("a"))
            #expect(rolledBack.generation == 3)
            #expect(scenario.page(at: rolledBack.port) == "v1")
            #expect(try scenario.berth("plan").stdout.contains("# \(scenario.name("a"))  pinned"))
            #expect(try scenario.status("a")?["pinnedGeneration"] as? Int == 3)
            let pinnedApply = try scenario.berth("apply")
            #expect(pinnedApply.status == 0 && pinnedApply.stdout.contains("pinned"), "\(pinnedApply)")
            #expect(try await scenario.onlyContainer("a")?.generation == 3)

            #expect(try scenario.berth("rollback", scenario.name("a"), "--unpin").status == 0)
            #expect(try scenario.berth("apply").status == 0)
            let current = try #require(await scenario.onlyContainer("a"))
            #expect(current.generation == 4)
            #expect(scenario.page(at: current.port) == "v2")
        }
    }
}
