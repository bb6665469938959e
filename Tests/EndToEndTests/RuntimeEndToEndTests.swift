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
                apply, try scenario.berth("status"), try scenario.berth("logs", String(rollout.id ?? 0)),
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
                labels: BerthLabel.owned(by: scenario.stateDir).merging([BerthLabel.deployment: scenario.name("a")]) { $1 }
            )
            #expect(images.count == 3, "\(images.map(\.tags))")
            let active = try #require(await scenario.onlyContainer("a"))
            #expect(active.generation == 5)
            let kept = try await scenario.history("a").prefix(3).map(\.image)
            for image in kept { #expect(try await scenario.docker.imageExists(image), "\(image) is kept") }
        }
    }
}
