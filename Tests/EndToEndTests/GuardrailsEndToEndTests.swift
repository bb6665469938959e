import Drivers
import Foundation
import Reconciler
import TestSupport
import Testing

/// Build guardrails and `berth cancel` against the real engine (issue 20): a build past `build.timeout` fails at
/// `build` within the limit plus 2 s, an over-size context is refused before any build, and `berth cancel` (the
/// binary, against a live `berth run`) stops a build or a health check with the generation before serving on.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct GuardrailsEndToEndTests {
    @Test func aBuildPastItsTimeoutFailsAtBuildWithinTheLimitPlusTwoSecondsAndTheOldGenerationServes() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: "  build: {timeout: 3s}")])
            #expect(try scenario.berth("apply").status == 0)
            let first = try #require(await scenario.onlyContainer("a"))

            try scenario.commitApp("a", page: "v2", setup: "RUN sleep 60")
            let apply = try scenario.startApply()
            defer { apply.killHard() }
            #expect(try await apply.waitForLine(containing: scenario.stageStarted("a", generation: 2, .build)))
            let started = ContinuousClock.now
            let status = try await apply.waitForExit(timeout: .seconds(30))
            let took = ContinuousClock.now - started
            #expect(status == 1, "\(apply.printed)")
            #expect(took < .seconds(5), "the build stage took \(took) for a 3s limit")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.result == .failed && rollout.failingStage == "build")
            #expect(rollout.error == "build exceeded its 3s timeout (build.timeout)")
            let serving = try #require(await scenario.onlyContainer("a"), "no candidate left")
            #expect(serving.id == first.id && scenario.page(at: serving.port) == "v1")
            print("e2e timing: build timeout 3s, build stage ended \(took) after it started")
        }
    }

    @Test func anOverSizeContextIsRefusedBeforeAnyBuild() async throws {
        try await Scenario.run(controllerExtra: "limits: {contextBytes: 8Ki}") { scenario in
            try scenario.app("a").write(String(repeating: "x", count: 64 << 10), to: "site/big.bin")
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 1, "\(apply)")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.result == .failed && rollout.failingStage == "build")
            let error = try #require(rollout.error)
            #expect(error.contains("is 6"), "names the size: \(error)")
            #expect(error.contains("over limits.contextBytes (8 KiB (8192 bytes)): nothing was built"), "\(error)")
            #expect(try await scenario.docker.listImages(labels: BerthLabel.owned(by: scenario.stateDir)).isEmpty)
            #expect(try await scenario.containers().isEmpty)
        }
    }

    @Test func berthCancelStopsABuildAndAHealthCheckAndExitsOneWhenNothingRuns() async throws {
        try await Scenario.runListening { scenario, port, _ in
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            #expect(try scenario.berth("apply").status == 0)
            let first = try #require(await scenario.onlyContainer("a"))

            try scenario.commitApp("a", page: "v2", setup: "RUN sleep 60")
            let run = try scenario.startRun()
            defer { run.killHard() }
            #expect(try await run.waitForLine(containing: "build started"), "\(run.printed)")
            let duringBuild = try scenario.berth("cancel", scenario.name("a"))
            #expect(duringBuild.status == 0, "\(duringBuild)")
            let buildCancelled = try await scenario.eventually(within: .seconds(10)) {
                try await scenario.history("a").first?.result == .cancelled
            }
            #expect(buildCancelled, "\(run.printed)")
            let atBuild = try #require(try await scenario.history("a").first)
            #expect(atBuild.failingStage == "build" && atBuild.error == "cancelled by api")
            var serving = try #require(await scenario.onlyContainer("a"), "no candidate left")
            #expect(serving.id == first.id && scenario.page(at: serving.port) == "v1")

            try scenario.commitApp("a", page: "v3", command: #"sleep 60; exec httpd -f -p "$PORT" -h /www"#)
            let sync = try GitCommand.runAllowingFailure(
                "/usr/bin/curl",
                [
                    "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", "-H",
                    "Authorization: Bearer \(Scenario.apiToken)",
                    "http://127.0.0.1:\(port)/api/v1/deployments/\(scenario.name("a"))/sync",
                ])
            #expect(sync.text == "202", "\(sync.text)")
            #expect(try await run.waitForLine(containing: "health started"), "\(run.printed)")
            let duringHealth = try scenario.berth("cancel", scenario.name("a"), "--output", "json")
            #expect(duringHealth.status == 0, "\(duringHealth)")
            #expect(duringHealth.stdout.contains(#""status" : "cancelled""#), "\(duringHealth)")
            let healthCancelled = try await scenario.eventually(within: .seconds(10)) {
                let newest = try await scenario.history("a").first
                return newest?.result == .cancelled && newest?.failingStage == "health"
            }
            #expect(healthCancelled, "\(run.printed)")
            serving = try #require(await scenario.onlyContainer("a"), "the candidate was removed")
            #expect(serving.id == first.id && scenario.page(at: serving.port) == "v1")

            let idle = try scenario.berth("cancel", scenario.name("a"))
            #expect(idle.status == 1, "\(idle)")
            #expect(idle.stdout.contains("no rollout is running"), "\(idle)")
        }
    }
}
