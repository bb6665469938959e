import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// Drift as a pull request through a real `berth run`, the real engine and real git, with the forge's API played by
/// the fake that checks paths and payloads (issue 15): a `docker update` by hand opens one pull request whose branch
/// holds the report and the manifest edit; merging it adopts the live value in place, and the pull request closes. A
/// file edited by hand is reported the same way; switching the deployment to `drift: heal` re-creates its container
/// as a new generation, and the pull request closes because the drift is gone.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DriftPullRequestEndToEndTests {
    @Test func aLimitChangedByHandBecomesAPullRequestThatMergedAdoptsItWithoutARestart() async throws {
        let drift = "drift: {interval: 2s, pullRequest: true}"
        try await Scenario.runListening(forge: "github", interval: "2s", controllerExtra: drift) { scenario, _, forge in
            let forge = try #require(forge)
            try scenario.commitApp("a", page: "a")
            let manifest = try scenario.manifest(
                "a", extra: "  drift: report\n  resources: {memory: 64Mi}\n  stopGracePeriod: 1s")
                .replacingOccurrences(of: "  stopGracePeriod: 2s\n", with: "")
            try scenario.commitConfig(["a.yaml": manifest])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "a: succeeded"), "\(run.printed)")
            let before = try #require(try await scenario.onlyContainer("a"))
            let started = try await scenario.docker.inspectContainer(before.id).startedAt

            try GitCommand.run(
                "/usr/bin/docker", ["update", "--memory", "128m", "--memory-swap", "256m", before.id],
                environment: ProcessInfo.processInfo.environment)
            let opened = try await scenario.eventually(within: .seconds(30)) {
                try forge.pullRequests().contains { $0.state == "open" && $0.head.hasPrefix("berth/drift/") }
            }
            #expect(opened, "\(run.printed)")
            let pull = try #require(try forge.pullRequests().first)
            #expect(pull.body.contains("spec.resources.memory"), "\(pull.body)")
            let branch = pull.head
            let host = String(branch.dropFirst("berth/drift/".count))
            _ = try scenario.config.git("fetch", "origin", branch)
            let report = try scenario.config.git("show", "origin/\(branch):drift/\(host).md")
            #expect(report.contains("128Mi"), "\(report)")
            let edited = try scenario.config.git("show", "origin/\(branch):deployments/a.yaml")
            #expect(edited.contains("memory: 128Mi"), "the branch adopts the live value: \(edited)")

            try await Task.sleep(for: .seconds(5))  // two more scans update the same pull request
            #expect(try forge.pullRequests().count == 1, "\((try? forge.pullRequests()) ?? [])")

            // Merging adopts the live value: the next pass applies it in place and the drift is gone.
            _ = try scenario.config.git("fetch", "origin", branch)
            _ = try scenario.config.git("merge", "--no-edit", "origin/\(branch)")
            _ = try scenario.config.git("push", "origin", "HEAD:main")
            let closed = try await scenario.eventually(within: .seconds(40)) {
                try forge.pullRequests().first?.state == "closed"
            }
            #expect(closed, "\(run.printed)")
            #expect(try forge.pullRequests().first?.comments.contains { $0.contains("drift is gone") } == true)
            let after = try #require(try await scenario.onlyContainer("a"))
            #expect(after.id == before.id, "no new container")
            #expect(try await scenario.docker.inspectContainer(after.id).startedAt == started, "no restart")
            let scan = try scenario.berth("drift", "--output", "json")
            let document = try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? [String: Any]
            let ours = (document?["findings"] as? [[String: Any]] ?? []).filter {
                $0["deployment"] as? String == scenario.name("a")
            }
            #expect(ours.isEmpty, "\(scan)")
        }
    }

    @Test func aFileEditedByHandIsHealedByANewGenerationAndThePullRequestCloses() async throws {
        let drift = "drift: {interval: 2s, pullRequest: true}"
        try await Scenario.runListening(forge: "gitea", interval: "2s", controllerExtra: drift) { scenario, _, forge in
            let forge = try #require(forge)
            try scenario.commitApp("h", page: "h")
            func manifest(_ mode: String) throws -> String {
                try scenario.manifest("h", stopGracePeriod: "1s", extra: "  drift: {mode: \(mode), files: true}")
            }
            try scenario.commitConfig(["h.yaml": try manifest("report")])
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "h: succeeded"), "\(run.printed)")
            let before = try #require(try await scenario.onlyContainer("h"))
            let name = before.name

            try GitCommand.run(
                "/usr/bin/docker", ["exec", before.id, "sh", "-c", "echo 'intruder:x:0:0::/:/bin/sh' >> /etc/passwd"],
                environment: ProcessInfo.processInfo.environment)
            let opened = try await scenario.eventually(within: .seconds(30)) {
                try forge.pullRequests().contains { $0.state == "open" && $0.body.contains("files:/etc/passwd") }
            }
            #expect(opened, "under drift: report the edit is reported, not healed: \(run.printed)")
            #expect(try await scenario.onlyContainer("h")?.id == before.id)

            // Closing the pull request and letting heal run reverts the change: a new generation, as declared.
            try scenario.commitConfig(["h.yaml": try manifest("heal")])
            let closed = try await scenario.eventually(within: .seconds(60)) {
                try forge.pullRequests().first?.state == "closed"
            }
            #expect(closed, "\(run.printed)")
            #expect(try forge.pullRequests().first?.comments.contains { $0.contains("drift is gone") } == true)
            #expect(try forge.pullRequests().count == 1)
            #expect(
                try await run.waitForLine(containing: "succeeded: changed by hand on \(name): files:/etc/passwd"),
                "\(run.printed)")
            let after = try #require(try await scenario.onlyContainer("h"))
            #expect(after.id != before.id, "re-created")
            #expect(after.generation == before.generation + 1)
            let passwd = try GitCommand.run(
                "/usr/bin/docker", ["exec", after.id, "cat", "/etc/passwd"],
                environment: ProcessInfo.processInfo.environment
            ).text
            #expect(!passwd.contains("intruder"), "the new container is as its image: \(passwd)")
            let scan = try scenario.berth("drift", "--output", "json")
            #expect(scan.status == 0, "\(scan)")
        }
    }
}
