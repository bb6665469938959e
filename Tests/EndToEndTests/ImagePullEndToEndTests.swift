import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `image:` deployments pulled from a real registry (Debian's `docker-registry` on 127.0.0.1, htpasswd logins) by
/// `berth apply`, with the login from the controller config's `registries` and the password from a file.
@Suite(
    .serialized,
    .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)),
    .enabled(if: RegistryServer.isAvailable, Comment(rawValue: RegistryServer.skipReason)))
struct ImagePullEndToEndTests {
    /// Builds a busybox httpd image serving `page`, pushes it to `registry` as `reference` and removes every local
    /// copy, so only a pull can bring it back.
    private static func publish(page: String, as reference: String, to registry: RegistryServer, scenario: Scenario)
        async throws
    {
        let context = DockerBuildContext.tar([
            (
                "Dockerfile",
                """
                FROM \(DockerTestEnvironment.baseImage)
                COPY index.html healthz /www/
                CMD ["sh", "-c", "exec httpd -f -p \\"$PORT\\" -h /www"]
                """
            ),
            ("index.html", page), ("healthz", "ok\n"),
        ])
        let source = "berth-e2e-pull/\(scenario.id):source"
        let built = try await scenario.docker.buildImage(
            context: DockerBuildContext.chunks(context), options: BuildOptions(tags: [source])
        ) { _ in }
        try registry.push(source, as: reference)
        try await scenario.docker.removeImage(built.imageID, force: true)
        #expect(try await !scenario.docker.imageExists(reference), "the engine holds no copy before berth pulls")
    }

    /// Removes the pulled image once the scenario's containers are gone (blocking: a `defer` cannot await).
    private static func removeLocalCopy(_ reference: String) {
        _ = try? GitCommand.runAllowingFailure(
            "/usr/bin/curl",
            ["-s", "-X", "DELETE", "--unix-socket", DockerTestEnvironment.socketPath,
             "http://docker/v1.41/images/\(PercentEncoding.escape(reference))?force=1"],
            environment: ProcessInfo.processInfo.environment)
    }

    private static func manifest(_ name: String, image: String) -> String {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(name)}
        spec:
          image: \(image)
          network: host
          stopGracePeriod: 2s
          health:
            http: {path: /healthz}
            interval: 200ms
            timeout: 1s
            startPeriod: 8s
            healthyThreshold: 2
        """
    }

    @Test func anImageFromAPasswordProtectedRegistryIsPulledAndRunsAndAWrongTagIsUnresolvedWithTheRegistrysAnswer()
        async throws
    {
        let registry = try RegistryServer()
        defer { registry.stop() }
        let passwordFile = try registry.directory.write(registry.password + "\n", to: "berth-registry-password").path
        let controllerExtra = """
            registries:
              "\(registry.host)": {username: \(registry.username), passwordFile: \(passwordFile)}
            """
        let reference = "\(registry.host)/e\(UUID().uuidString.lowercased().prefix(8))/web:1"
        defer { Self.removeLocalCopy(reference) }
        try await Scenario.run(controllerExtra: controllerExtra) { scenario in
            try await Self.publish(page: "pulled \(scenario.id)", as: reference, to: registry, scenario: scenario)
            try scenario.commitConfig(["web.yaml": Self.manifest(scenario.name("web"), image: reference)])

            let plan = try scenario.berth("plan")
            #expect(plan.status == 0, "\(plan)")
            #expect(
                plan.stdout.contains("pulls \(reference) from \(registry.host) (pull: ifNotPresent, not on the engine"),
                "plan says it will pull: \(plan)")

            let apply = try scenario.berth("apply")
            #expect(apply.status == 0, "\(apply)\n--- registry log\n\(registry.log)")
            let container = try #require(await scenario.onlyContainer("web"), "\(apply)")
            #expect(scenario.page(at: container.port) == "pulled \(scenario.id)")
            let image = try await scenario.docker.inspectImage(reference)
            #expect(container.commit == image.id, "the generation is labelled with the pulled image's id")
            let repository = String(reference.dropLast(":1".count))
            #expect(image.repoDigests.contains { $0.hasPrefix("\(repository)@sha256:") })
            let rollout = try #require(try await scenario.history("web").first)
            #expect(rollout.result == .succeeded && rollout.appCommit == image.id)
            let history = try History(path: scenario.stateDir + "/berth.sqlite")
            let lines = try await history.logLines(of: rollout.id!).filter { $0.stage == "resolve" }.map(\.text)
            #expect(lines.contains { $0.hasSuffix(": Pull complete") }, "the new layer's progress: \(lines)")
            #expect(apply.stdout.contains("Pull complete"), "progress is shown as it happens: \(apply)")

            let again = try scenario.berth("apply")
            #expect(again.status == 0 && again.stdout.contains("1 unchanged"), "\(again)")

            let wrong = String(reference.dropLast(":1".count)) + ":nope"
            try scenario.commitConfig(["web.yaml": Self.manifest(scenario.name("web"), image: wrong)])
            let answer =
                "spec.image: cannot pull \(wrong) from registry \(registry.host) (pull: ifNotPresent): "
                + "manifest unknown: manifest unknown"
            let unresolvedPlan = try scenario.berth("plan")
            #expect(unresolvedPlan.stdout.contains("x \(scenario.name("web"))"), "\(unresolvedPlan)")
            #expect(unresolvedPlan.stdout.contains(answer), "\(unresolvedPlan)")
            let failed = try scenario.berth("apply")
            #expect(failed.status == 1, "\(failed)")
            #expect(failed.stdout.contains("\(scenario.name("web")) │ failed: \(answer)"), "\(failed)")
            #expect(try await scenario.onlyContainer("web")?.id == container.id, "what ran keeps running")
            #expect(scenario.page(at: container.port) == "pulled \(scenario.id)")

            var everything = [plan, apply, again, unresolvedPlan, failed].map(\.output)
            for rollout in try await scenario.history("web") {
                everything.append(rollout.error ?? "")
                everything += try await history.logLines(of: rollout.id!).map(\.text)
                everything += try await history.transitions(of: rollout.id!).map(\.message)
            }
            everything += try await history.conditions().values.flatMap { $0.map(\.message) }
            for text in everything {
                #expect(!text.contains(registry.password), "the registry password was printed or stored")
                #expect(!text.contains(registry.auth.header), "the login header was printed or stored")
            }
        }
    }

    @Test func aWrongPasswordIsUnresolvedNamingTheRegistryAndTheEntryNeverThePassword() async throws {
        let registry = try RegistryServer()
        defer { registry.stop() }
        let wrongPassword = "not-the-password-\(UUID().uuidString)"
        let passwordFile = try registry.directory.write(wrongPassword, to: "wrong-password").path
        let controllerExtra = """
            registries:
              "\(registry.host)": {username: \(registry.username), passwordFile: \(passwordFile)}
            """
        try await Scenario.run(controllerExtra: controllerExtra) { scenario in
            let reference = "\(registry.host)/e\(scenario.id)/web:1"
            try await Self.publish(page: "never served", as: reference, to: registry, scenario: scenario)
            try scenario.commitConfig(["web.yaml": Self.manifest(scenario.name("web"), image: reference)])
            let apply = try scenario.berth("apply")
            #expect(apply.status == 1, "\(apply)")
            #expect(
                apply.stdout.contains(
                    "spec.image: cannot pull \(reference) from registry \(registry.host) (pull: ifNotPresent): "),
                "\(apply)")
            #expect(apply.stdout.contains("registries[\"\(registry.host)\"]"), "\(apply)")
            #expect(!apply.output.contains(wrongPassword))
            #expect(try await scenario.containers().isEmpty)
        }
    }
}

/// In CI the registry tests never skip: a missing `docker-registry` or `htpasswd` fails here.
@Suite struct RegistryFixtureGateTests {
    @Test func registryIsInstalledWhenRunningInCI() {
        #expect(RegistryServer.isAvailable || !DockerTestEnvironment.isCI, "CI=true but \(RegistryServer.skipReason)")
    }
}
