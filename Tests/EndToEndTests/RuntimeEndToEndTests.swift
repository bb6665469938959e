import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// What a started generation gets (env, opened secrets, volumes), `stop-first` with a fixed port, and image
/// retention, against the real engine.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct RuntimeEndToEndTests {
    @Test func envSecretsAndVolumesReachTheContainerAndTheSecretNowhereElse() async throws {
        let keys = try TemporaryDirectory(prefix: "berth-e2e-keys")
        let keyFile = keys.url.appendingPathComponent("secret.key").path
        try await Scenario.run(controllerExtra: "secrets: {keyFile: \(keyFile)}") { scenario in
            let keygen = try BerthBinary.run(["secret", "keygen", "--out", keyFile])
            #expect(keygen.status == 0, "\(keygen)")
            let seal = try BerthBinary.run([
                "secret", "seal", "--public-key", keyFile + ".pub", "--deployment", scenario.name("a"),
                "--name", "API_TOKEN", "s3cret-value",
            ])
            #expect(seal.status == 0, "\(seal)")
            let sealed = seal.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
            try scenario.commitApp(
                "a", page: "unused",
                command: #"echo "$GREETING $API_TOKEN" > /www/index.html; hostname >> /data/boots; exec httpd -f -p "$PORT" -h /www"#
            )
            let volume = "berth-\(scenario.name("a"))-data"
            scenario.volumes.append(volume)
            try scenario.commitConfig([
                "a.yaml": try scenario.manifest(
                    "a",
                    extra: """
                          env: {GREETING: hello}
                          secretEnv: {API_TOKEN: "\(sealed)"}
                          volumes: [{name: data, mountPath: /data}]
                          resources: {memory: 64Mi}
                        """)
            ])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)")
            let container = try #require(await scenario.onlyContainer("a"))
            #expect(scenario.page(at: container.port) == "hello s3cret-value")
            let details = try await scenario.docker.inspectContainer(container.id)
            #expect(details.environment.contains("PORT=\(container.port ?? 0)"))
            #expect(details.environment.contains("GREETING=hello"))
            #expect(!details.labels.values.contains { $0.contains("s3cret") })
            _ = try await scenario.docker.inspectVolume(volume)

            let rollout = try #require(try await scenario.history("a").first)
            for output in [
                apply, try scenario.berth("status"), try scenario.berth("logs", "--run", String(rollout.id ?? 0)),
                try scenario.berth("history", scenario.name("a"), "--output", "json"),
            ] {
                #expect(!output.stdout.contains("s3cret") && !output.stderr.contains("s3cret"), "\(output)")
            }
        }
    }

    @Test func stopFirstWithAFixedPortStartsTheOldContainerAgainWhenTheNewOneFails() async throws {
        try await Scenario.run { scenario in
            let port = try GitLoopbackPort.free()
            let fixed = "  ports: [{container: \(port)}]"
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a", extra: fixed)])
            #expect(try scenario.berth("apply").status == 0)
            let first = try #require(await scenario.onlyContainer("a"))
            #expect(first.port == port)
            #expect(scenario.page(at: port) == "v1")

            try scenario.commitApp("a", page: "v2 unhealthy", healthy: false)
            let failed = try scenario.berth("apply")
            #expect(failed.status == 1, "\(failed)")
            #expect(failed.stdout.contains("stopped generation 1 first"), "\(failed)")
            #expect(failed.stdout.contains("started generation 1 again"), "\(failed)")
            let restored = try #require(await scenario.onlyContainer("a"))
            #expect(restored.id == first.id && restored.state == .running)
            #expect(scenario.page(at: port) == "v1")

            try scenario.commitApp("a", page: "v3")
            #expect(try scenario.berth("apply").status == 0)
            let third = try #require(await scenario.onlyContainer("a"))
            #expect(third.generation == 3 && third.port == port)
            #expect(scenario.page(at: port) == "v3")
        }
    }

    @Test func keepsTheLastThreeImagesOfADeployment() async throws {
        try await Scenario.run { scenario in
            try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
            for version in 1...5 {
                try scenario.commitApp("a", page: "v\(version)")
                let apply = try scenario.berth("apply")
                #expect(apply.status == 0, "\(apply)")
            }
            let images = try await scenario.docker.listImages(
                labels: BerthLabel.owned(by: scenario.stateDir, deployment: scenario.name("a"))
            )
            #expect(images.count == 3, "\(images.map(\.tags))")
            let active = try #require(await scenario.onlyContainer("a"))
            #expect(active.generation == 5)
            let kept = try await scenario.history("a").prefix(3).map(\.image)
            for image in kept { #expect(try await scenario.docker.imageExists(image), "\(image) is kept") }
        }
    }

    /// An image beyond retention that a stopped container (here not even berth's) still uses is kept, tag and all.
    @Test func retentionKeepsAnImageAStoppedContainerUses() async throws {
        let scope = DockerTestScope()
        try await Scenario.run { scenario in
            try await scope.withCleanUp(scenario.docker) {
                try scenario.commitConfig(["a.yaml": try scenario.manifest("a")])
                try scenario.commitApp("a", page: "v1")
                #expect(try scenario.berth("apply").status == 0)
                let first = try #require(await scenario.onlyContainer("a"))
                let firstImage = try #require(try await scenario.history("a").first?.image)
                var user = ContainerSpec(name: scope.name("user"), image: first.imageID)
                user.labels = scope.labels
                _ = try await scenario.docker.createContainer(user)

                for version in 2...4 {
                    try scenario.commitApp("a", page: "v\(version)")
                    let apply = try scenario.berth("apply")
                    #expect(apply.status == 0, "\(apply)")
                }
                #expect(try await scenario.docker.imageExists(firstImage), "\(firstImage) is still tagged")
                #expect(try await scenario.docker.inspectImage(first.imageID).id == first.imageID)
                let images = try await scenario.docker.listImages(
                    labels: BerthLabel.owned(by: scenario.stateDir, deployment: scenario.name("a"))
                )
                #expect(images.count == 4, "three kept plus the one in use: \(images.map(\.tags))")
            }
        }
    }
}

/// Drift found by `apply`, and the exec probe Docker runs for berth.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DriftEndToEndTests {
    @Test func aContainerStoppedByHandIsStartedAgainUnderHealAndOnlyReportedUnderReport() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "a")
            try scenario.commitConfig([
                "heal.yaml": try scenario.manifest("heal", app: "a", extra: "  drift: heal"),
                "report.yaml": try scenario.manifest("report", app: "a", extra: "  drift: report"),
            ])
            let first = try scenario.berth("apply")
            #expect(first.status == 0, "\(first)")
            let healed = try #require(await scenario.onlyContainer("heal"))
            let reported = try #require(await scenario.onlyContainer("report"))
            try await scenario.docker.stopContainer(healed.id, timeout: .seconds(1))
            try await scenario.docker.stopContainer(reported.id, timeout: .seconds(1))

            let plan = try scenario.berth("plan")
            #expect(plan.stdout.contains("! \(scenario.name("heal"))"), "\(plan)")
            #expect(plan.stdout.contains("not running"), "\(plan)")
            let apply = try scenario.berth("apply", "--only", scenario.name("heal"), "--only", scenario.name("report"))
            #expect(apply.status == 0, "\(apply)")
            #expect(scenario.applied("heal", "healed", in: apply), "\(apply)")
            #expect(scenario.applied("report", "reported", in: apply), "\(apply)")
            #expect(try await scenario.onlyContainer("heal")?.state == .running)
            #expect(try await scenario.onlyContainer("heal")?.id == healed.id)
            #expect(try await scenario.onlyContainer("report")?.state != .running)
            #expect(try scenario.holds("report", "Drifted", reason: "DriftDetected"))
            let status = try scenario.berth("status")
            let reportRow = status.stdout.split(separator: "\n").first { $0.hasPrefix(scenario.name("report") + " ") }
            #expect(reportRow?.contains(" no ") == true, "an exited container is never ready: \(status)")
            #expect(reportRow?.contains("exited") == true, "\(status)")
            #expect(try scenario.status("report")?["ready"] as? Bool == false)
            #expect(try scenario.status("heal")?["ready"] as? Bool == true)
        }
    }

    @Test func anExecProbeRunsAsDockersOwnHealthcheck() async throws {
        try await Scenario.run { scenario in
            try scenario.commitApp("a", page: "exec probed")
            let manifest = try scenario.manifest("a").replacingOccurrences(
                of: "http: {path: /healthz}", with: #"exec: [sh, -c, "wget -q -O /dev/null http://127.0.0.1:$PORT/healthz"]"#
            )
            try scenario.commitConfig(["a.yaml": manifest])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)")
            #expect(apply.stdout.contains("on exec sh -c"), "\(apply)")
            let container = try #require(await scenario.onlyContainer("a"))
            #expect(container.health == .healthy)
            #expect(scenario.page(at: container.port) == "exec probed")
        }
    }
}

/// The review gate in a real rollout.
@Suite(.serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct ReviewEndToEndTests {
    private static let privateKey = """
        -----BEGIN RSA PRIVATE KEY-----
        MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
        VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
        -----END RSA PRIVATE KEY-----

        """

    @Test func aCommitAddingAPrivateKeyIsBlockedUntilItsFingerprintIsWaived() async throws {
        try await Scenario.run { scenario in
            let reviewed = { (waive: String) in
                try scenario.manifest("a").replacingOccurrences(
                    of: "review: {policy: off}", with: "review: {policy: block-high, reviewers: [static]\(waive)}")
            }
            try scenario.commitApp("a", page: "v1")
            try scenario.commitConfig(["a.yaml": try reviewed("")])
            let first = try scenario.berth("apply")
            #expect(first.status == 0, "the first deploy's whole tree passes block-high: \(first)")
            let running = try #require(await scenario.onlyContainer("a"))

            try scenario.app("a").write(Self.privateKey, to: "deploy/id_rsa")
            try scenario.commitApp("a", page: "v2 with a key")
            let blocked = try scenario.berth("apply")
            #expect(blocked.status == 1, "\(blocked)")
            #expect(blocked.stdout.contains("secret.private-key"), "\(blocked)")
            #expect(!blocked.stdout.contains("MIIEowIBAAKCAQEA"), "the key itself is never shown")
            let unchanged = try #require(await scenario.onlyContainer("a"))
            #expect(unchanged.id == running.id, "nothing restarts")
            #expect(scenario.page(at: unchanged.port) == "v1")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.result == .blocked && rollout.failingStage == "review", "\(rollout)")
            #expect(rollout.error?.contains("secret.private-key") == true, "\(rollout)")
            #expect(try scenario.holds("a", "Stalled", reason: "ReviewBlocked"))
            #expect(try scenario.berth("status").stdout.contains("ReviewBlocked: blocked: "))

            let waiveLine = try #require(blocked.stdout.split(separator: "\n").first { $0.contains("[waive: ") })
            let fingerprint = String(waiveLine.split(separator: "[waive: ").last!.dropLast())
            try scenario.commitConfig(["a.yaml": try reviewed(", waive: [\(fingerprint)]")])
            let waived = try scenario.berth("apply")
            #expect(waived.status == 0, "\(waived)")
            let current = try #require(await scenario.onlyContainer("a"))
            #expect(scenario.page(at: current.port) == "v2 with a key")
        }
    }

    /// Commits deployment `a` reviewed by `reviewers` under block-high, runs `berth run` until the forge gets a
    /// failure status for it (or 60 s pass), and returns that status's description.
    private static func failureStatus(_ scenario: Scenario, _ forge: ForgeAPIServer, reviewers: String) async throws
        -> String?
    {
        try scenario.commitConfig([
            "a.yaml": try scenario.manifest("a").replacingOccurrences(
                of: "review: {policy: off}", with: "review: {policy: block-high, reviewers: [\(reviewers)]}")
        ])
        let run = try scenario.startRun()
        defer { run.killHard() }
        let context = "berth/\(scenario.name("a"))"
        let failed = try await scenario.eventually(within: .seconds(60)) {
            try forge.received().contains { $0.fields["context"] == context && $0.fields["state"] == "failure" }
        }
        #expect(failed, "\(run.printed)")
        return try forge.received().last { $0.fields["context"] == context }?.fields["description"]
    }

    @Test func aBlockedRolloutPostsAFailureStatusNamingTheRule() async throws {
        try await Scenario.runListening(forge: "github") { scenario, _, forge in
            let forge = try #require(forge)
            try scenario.app("a").write(Self.privateKey, to: "deploy/id_rsa")
            try scenario.commitApp("a", page: "with a key")
            let status = try await Self.failureStatus(scenario, forge, reviewers: "static")
            #expect(status?.contains("secret.private-key") == true, "\(String(describing: status))")
            #expect(try await scenario.containers().isEmpty, "nothing started")
        }
    }

    /// A `sarif` reviewer whose scanner sleeps past its 1 s limit (after a line on standard error): under
    /// `failClosed` (the default) the rollout is blocked, the commit status names the scanner and the rollout's
    /// error carries the scanner's stderr tail.
    @Test func aScannerThatTimesOutBlocksTheRolloutUnderFailClosed() async throws {
        let tools = try TemporaryDirectory(prefix: "berth-e2e-scanner")
        let script = try tools.write("#!/bin/sh\necho 'slow-scan: napping' >&2\nexec sleep 30\n", to: "scan.sh").path
        #expect(chmod(script, 0o755) == 0)
        let reviewer =
            "reviewers: {slow: {type: sarif, command: [\"\(script)\", \"{files}\"], files: [\"*\"], timeout: 1s}}"
        try await Scenario.runListening(forge: "github", controllerExtra: reviewer) { scenario, _, forge in
            let forge = try #require(forge)
            try scenario.commitApp("a", page: "scanned")
            let status = try await Self.failureStatus(scenario, forge, reviewers: "slow")
            #expect(status?.contains("reviewer slow gave no verdict") == true, "\(String(describing: status))")
            let rollout = try #require(try await scenario.history("a").first)
            #expect(rollout.result == .blocked && rollout.failingStage == "review", "\(rollout)")
            #expect(rollout.error?.contains("slow did not finish within 1.0 seconds") == true, "\(rollout)")
            #expect(rollout.error?.contains("stderr: slow-scan: napping") == true, "\(rollout)")
            #expect(try await scenario.containers().isEmpty, "nothing started")
        }
    }
}
