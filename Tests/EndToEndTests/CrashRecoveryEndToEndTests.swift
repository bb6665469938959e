import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `kill -9` of `berth apply` in the middle of a stage, then another `apply`: it converges to exactly one active
/// container serving the desired commit, no candidate left, and no rollout left `running` in history.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct CrashRecoveryEndToEndTests {
    @Test func killedDuringBuild() async throws {
        try await converges(after: .build, v2Setup: "RUN sleep 6")
    }

    @Test func killedDuringStart() async throws {
        try await converges(after: .start, killDelay: .zero)
    }

    @Test func killedDuringHealth() async throws {
        try await converges(after: .health, v2Command: #"sleep 3; exec httpd -f -p "$PORT" -h /www"#)
    }

    /// The old generation ignores SIGTERM, so stopping it takes its whole grace period: the kill lands then.
    @Test func killedDuringSwap() async throws {
        try await converges(
            after: .swap, command: #"trap '' TERM; httpd -f -p "$PORT" -h /www"#, stopGracePeriod: "6s"
        )
    }

    /// Finding 7: the killed swap had renamed generation 2 but not retired generation 1, and a new commit arrived
    /// before the restart. The restarted apply rolls out generation 3 and must retire both older generations, not
    /// only the one the plan calls active.
    @Test func killedDuringSwapThenANewCommitRetiresEveryOlderGeneration() async throws {
        try await converges(
            after: .swap, command: #"trap '' TERM; httpd -f -p "$PORT" -h /www"#, stopGracePeriod: "6s",
            commitBeforeRecovery: "v3"
        )
    }

    /// - Parameter commitBeforeRecovery: a page committed after the kill, before the recovering apply, which must
    ///   then serve it.
    private func converges(
        after stage: Stage, killDelay: Duration = .seconds(1), v2Setup: String = "",
        command: String = #"exec httpd -f -p "$PORT" -h /www"#, v2Command: String? = nil,
        stopGracePeriod: String = "2s", commitBeforeRecovery: String? = nil
    ) async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "v1", command: command)
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", stopGracePeriod: stopGracePeriod)])
            let first = try scenario.berth("apply")
            #expect(first.status == 0, "\(first)")

            try scenario.commitApp("a", page: "v2", setup: v2Setup, command: v2Command ?? command)
            let apply = try scenario.startApply()
            let reached = try await apply.waitForLine(containing: scenario.stageStarted("a", generation: 2, stage))
            try #require(reached, "apply never reached \(stage): \(apply.printed)")
            try await Task.sleep(for: killDelay)
            apply.killHard()
            if let page = commitBeforeRecovery { try scenario.commitApp("a", page: page, command: command) }

            let recovery = try scenario.berth("apply")
            #expect(recovery.status == 0, "\(recovery)")
            let containers = try await scenario.containers()
            #expect(containers.count == 1, "exactly one container: \(containers.map(\.name))")
            #expect(containers.allSatisfy { !$0.isCandidate })
            let active = try #require(containers.first)
            #expect(active.state == .running)
            #expect(scenario.page(at: active.port) == commitBeforeRecovery ?? "v2")
            let history = try await scenario.history("a")
            #expect(!history.contains { $0.result == .running }, "\(history.map(\.result))")
            #expect(history.contains { $0.generation == 2 && $0.result == .interrupted }, "\(history.map(\.result))")
            #expect(history.contains { $0.generation == active.generation }, "the active generation is in history")
        }
    }
}
