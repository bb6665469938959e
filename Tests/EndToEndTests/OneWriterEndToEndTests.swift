import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// One writer per deployment through a real `berth run` (DESIGN §6): API rollbacks are jobs on the work queue, and
/// config pushes coalesce into at most one running and one waiting pass.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct OneWriterEndToEndTests {
    /// Commits v1 of `a`, starts `berth run` and returns once generation 1 serves.
    private func startController(_ scenario: Scenario, port: Int) async throws -> (RunningBerth, WebhookSender) {
        try scenario.commitApp("a", page: "v1")
        try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
        let run = try scenario.startRun()
        guard try await run.waitForLine(containing: "a: succeeded") else {
            run.killHard()
            throw StartFailure(printed: run.printed)
        }
        return (run, WebhookSender(port: port, secret: Scenario.webhookSecret))
    }

    private struct StartFailure: Error, CustomStringConvertible {
        let printed: String
        var description: String { "berth run never rolled out generation 1:\n\(printed)" }
    }

    /// Deploys v2 of `a` through a push webhook; returns once generation 2 serves.
    private func secondGeneration(_ scenario: Scenario, _ run: RunningBerth, _ hooks: WebhookSender) async throws {
        try scenario.commitApp("a", page: "v2")
        _ = try await hooks.github(event: "push", WebhookSender.pushPayload(url: try scenario.app("a").fileURL))
        let second = try await scenario.eventually(within: .seconds(30)) {
            try await scenario.history("a").first.map { $0.generation == 2 && $0.result == .succeeded } == true
        }
        try #require(second, "\(run.printed)")
    }

    /// An API rollback issued while a rollout of the same deployment runs waits for it, then replaces it: one
    /// active container afterwards, the rolled-back one, pinned. A second rollback right after changes nothing more.
    @Test func anAPIRollbackDuringARolloutLeavesExactlyTheRolledBackGeneration() async throws {
        try await Scenario.runListening { scenario, port, _ in
            let (run, hooks) = try await startController(scenario, port: port)
            defer { run.killHard() }
            try await secondGeneration(scenario, run, hooks)

            try scenario.commitApp("a", page: "v3", command: #"sleep 3; exec httpd -f -p "$PORT" -h /www"#)
            _ = try await hooks.github(event: "push", WebhookSender.pushPayload(url: try scenario.app("a").fileURL))
            let third = try await scenario.eventually(within: .seconds(30)) {
                try await scenario.history("a").first.map { $0.generation == 3 && $0.result == .running } == true
            }
            try #require(third, "\(run.printed)")
            async let first = hooks.api("deployments/\(scenario.name("a"))/rollback", #"{"generation": 1}"#, token: Scenario.apiToken)
            async let second = hooks.api("deployments/\(scenario.name("a"))/rollback", #"{"generation": 1}"#, token: Scenario.apiToken)
            let answers = try await [first, second]
            #expect(answers.allSatisfy { $0.status == 200 }, "\(answers.map(\.body))\n\(run.printed)")

            try await Task.sleep(for: .seconds(3))  // berth's own swap events must not start another rollout
            let containers = try await scenario.containers()
            #expect(containers.count == 1, "exactly one container: \(containers.map(\.name))\n\(run.printed)")
            let active = try #require(containers.first)
            #expect(scenario.page(at: active.port) == "v1")
            let history = try await scenario.history("a")
            #expect(history.first?.generation == active.generation, "the newest rollout is the one serving")
            #expect(history.filter { $0.result == .running }.isEmpty, "\(history.map(\.result))")
            #expect(!run.printed.contains(": reconciling"), "berth's own stops and removes are not drift: \(run.printed)")
            let status = try scenario.berth("status", "--output", "json")
            let document = try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [String: Any]
            let pinned = document?["deployments"] as? [[String: Any]]
            let entry = pinned?.first { $0["name"] as? String == scenario.name("a") }
            #expect(entry?["pinnedGeneration"] as? Int == active.generation, "\(status)")
        }
    }

    /// 200 push webhooks of the config repository in a burst start at most two passes, and the pushed commit is
    /// the one that rolls out.
    @Test func twoHundredConfigPushesStartAtMostTwoPasses() async throws {
        try await Scenario.runListening { scenario, port, _ in
            let (run, hooks) = try await startController(scenario, port: port)
            defer { run.killHard() }
            let passes = "berth_reconcile_pass_seconds_count"
            let metrics = try await hooks.get("/metrics").body
            let before = try #require(try await hooks.metric(passes), "\(metrics)")

            let pushed = try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: "  env: {COLOUR: blue}")])
            let push = WebhookSender.pushPayload(url: scenario.config.fileURL)
            let answers = try await withThrowingTaskGroup(of: Int.self) { group in
                for batch in 0..<10 {
                    for _ in 0..<20 { group.addTask { try await hooks.github(event: "push", push).status } }
                    if batch < 9 { _ = try await group.next() }
                }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(answers.allSatisfy { $0 == 202 })
            let rolled = try await scenario.eventually(within: .seconds(30)) {
                try await scenario.history("a").first.map { $0.generation == 2 && $0.result == .succeeded } == true
            }
            #expect(rolled, "\(run.printed)")
            try await Task.sleep(for: .seconds(2))
            let after = try #require(try await hooks.metric(passes))
            #expect(after - before >= 1 && after - before <= 2, "\(after - before) passes for 200 pushes")
            #expect(try await scenario.onlyContainer("a")?.configCommit == pushed)
        }
    }
}
