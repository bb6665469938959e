import Drivers
import Foundation
import Logging
import Reconciler
import TestSupport
import Testing

/// `berth run` as a process against the real engine and real git repositories.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct ControllerEndToEndTests {
    @Test func aContainerStoppedByHandIsHealedWithinFiveSecondsOrOnlyReported() async throws {
        try await Scenario.run(controllerExtra: "interval: 10m") { scenario in
            try scenario.commitApp("a", page: "a")
            try scenario.commitConfig([
                "heal.yaml": try scenario.manifest("heal", app: "a", extra: "  drift: heal"),
                "report.yaml": try scenario.manifest("report", app: "a", extra: "  drift: report"),
            ])
            #expect(try scenario.berth("apply").status == 0)
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "pass at"), "\(run.printed)")
            let healed = try #require(await scenario.onlyContainer("heal"))
            let reported = try #require(await scenario.onlyContainer("report"))

            try await scenario.docker.stopContainer(healed.id, timeout: .seconds(1))
            try await scenario.docker.stopContainer(reported.id, timeout: .seconds(1))
            let stopped = ContinuousClock.now
            let back = try await scenario.eventually(within: .seconds(5)) {
                try await scenario.onlyContainer("heal")?.state == .running
            }
            #expect(back, "healed within 5 s: \(run.printed)")
            #expect(ContinuousClock.now - stopped < .seconds(5))
            #expect(scenario.page(at: healed.port) == "a")
            #expect(try await run.waitForLine(containing: "\(scenario.name("report")): reported"), "\(run.printed)")
            #expect(try await scenario.onlyContainer("report")?.state != .running, "drift: report leaves it alone")
        }
    }

    /// Issue 19: suspend (the dashboard's and the API's runtime pause) holds a deployment as it runs while a new
    /// commit waits; resume lifts it and the commit rolls out; history records both with who asked.
    @Test func suspendHoldsADeploymentUntilResumeAndHistoryRecordsWhoAsked() async throws {
        try await Scenario.runListening { scenario, port, _ in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            #expect(try scenario.berth("apply").status == 0)
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "pass at"), "\(run.printed)")
            let api = HTTPClient(endpoint: .tcp(host: "127.0.0.1", port: port), logger: Self.quiet)
            func post(_ action: String) async throws -> Int {
                try await api.execute(
                    HTTPRequest(
                        method: "POST", target: "/api/v1/deployments/\(scenario.name("a"))/\(action)",
                        headers: [("Authorization", "Bearer \(Scenario.apiToken)")], timeout: .seconds(30))
                ).status
            }
            #expect(try await post("suspend") == 200)
            try scenario.commitApp("a", page: "v2")
            #expect(try await post("sync") == 202)
            #expect(try await run.waitForLine(containing: "sync of \(scenario.name("a")) by api"), "\(run.printed)")
            try await Task.sleep(for: .seconds(3))
            #expect(try await scenario.history("a").count == 1, "suspended: nothing rolls out")
            #expect(scenario.page(at: try await scenario.onlyContainer("a")?.port) == "v1")
            let dashboard = try await DashboardSession.logIn(port: port, token: Scenario.apiToken)
            let page = try await dashboard.page("/deployments/\(scenario.name("a"))")
            #expect(page.html.contains("yes, by api"), "\(page.html)")
            #expect(page.html.contains("suspend by api"))

            #expect(try await post("resume") == 200)
            let rolled = try await scenario.eventually(within: .seconds(60)) {
                scenario.page(at: try await scenario.onlyContainer("a")?.port) == "v2"
            }
            #expect(rolled, "resume lets the new commit roll out: \(run.printed)")
            let after = try await dashboard.page("/deployments/\(scenario.name("a"))")
            #expect(after.html.contains("resume by api"), "the rollout names what triggered it")
        }
    }

    static let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    @Test func sigtermDuringABuildExitsZeroWithNoCandidateAndTheNextStartConverges() async throws {
        try await Scenario.run(controllerExtra: "interval: 10m\nshutdownGracePeriod: 20s") { scenario in
            try scenario.commitApp("a", page: "v1", setup: "RUN sleep 30")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun()
            #expect(try await run.waitForLine(containing: "build started"), "\(run.printed)")
            try await Task.sleep(for: .seconds(1))
            let terminated = ContinuousClock.now
            run.terminate()
            let status = try await run.waitForExit(timeout: .seconds(20))
            #expect(status == 0, "\(run.printed)")
            #expect(ContinuousClock.now - terminated < .seconds(20))
            #expect(try await scenario.containers().isEmpty, "no candidate left")
            #expect(try await scenario.history("a").allSatisfy { $0.result == .interrupted }, "\(run.printed)")

            try scenario.commitApp("a", page: "v2")
            let next = try scenario.startRun()
            defer { next.killHard() }
            let converged = try await scenario.eventually(within: .seconds(60)) {
                try await scenario.onlyContainer("a")?.state == .running
            }
            #expect(converged, "\(next.printed)")
            #expect(scenario.page(at: try await scenario.onlyContainer("a")?.port) == "v2")
        }
    }

    /// Finding 11: a rollout that SIGTERM stops in its health stage is recorded `interrupted` and logged at notice
    /// level, never as a failure at error level; the generation that served serves on.
    @Test func sigtermDuringHealthRecordsTheRolloutInterruptedAtNoticeLevel() async throws {
        try await Scenario.run(controllerExtra: "interval: 10m\nshutdownGracePeriod: 20s") { scenario in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            #expect(try scenario.berth("apply").status == 0)
            let first = try #require(await scenario.onlyContainer("a"))

            try scenario.commitApp("a", page: "v2", command: #"sleep 30; exec httpd -f -p "$PORT" -h /www"#)
            let run = try scenario.startRun("--log-format", "json")
            #expect(try await run.waitForLine(containing: "health started"), "\(run.printed)")
            try await Task.sleep(for: .seconds(1))
            run.terminate()
            #expect(try await run.waitForExit(timeout: .seconds(20)) == 0, "\(run.printed)")

            let serving = try #require(await scenario.onlyContainer("a"), "no candidate left")
            #expect(serving.id == first.id && serving.state == .running)
            #expect(scenario.page(at: serving.port) == "v1")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.generation == 2 && rollout.result == .interrupted && rollout.failingStage == "health")
            let lines = run.printed.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
            }
            #expect(!lines.contains { $0["level"] == "error" }, "\(run.printed)")
            #expect(lines.contains { $0["level"] == "notice" && $0["message"]?.contains("interrupted") == true })
        }
    }

    @Test func theGitNotesProviderWritesReadableNotesOnTheConfigAndAppCommits() async throws {
        try await Scenario.run(controllerExtra: "interval: 10m\nforge: {provider: git-notes}") { scenario in
            let appCommit = try scenario.commitApp("a", page: "a")
            let configCommit = try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let run = try scenario.startRun("--log-format", "json")
            defer { run.killHard() }
            func note(_ repository: GitFixture, _ commit: String) -> String? {
                try? repository.bareGit("notes", "--ref", "berth", "show", commit)
            }
            let noted = try await scenario.eventually(within: .seconds(60)) {
                [note(scenario.config, configCommit), note(try scenario.app("a"), appCommit)].allSatisfy {
                    $0?.contains("berth/\(scenario.name("a"))") == true && $0?.contains("success") == true
                }
            }
            let notes = "config: \(note(scenario.config, configCommit) ?? "none")\napp: "
                + "\((try? note(scenario.app("a"), appCommit)) ?? "none")"
            #expect(noted, "\(notes)\n\(run.printed)")

            let lines = run.printed.split(separator: "\n").map {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
            }
            #expect(lines.allSatisfy { $0?["timestamp"] != nil && $0?["level"] != nil }, "\(run.printed)")
            let stage = lines.compactMap { $0 }.first { $0["message"] == "build started" }
            #expect(
                stage?["deployment.name"] == scenario.name("a") && stage?["stage"] == "build"
                    && stage?["rollout.id"] == "1"
            )
            #expect(stage?["timestamp"]?.contains(".") == true, "millisecond timestamps: \(stage ?? [:])")
        }
    }
}
