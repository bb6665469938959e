import Drivers
import Foundation
import Logging
import Manifest
import Reconciler
import TestSupport
import Testing

/// `runtime: swarm` against the real engine made a single-node swarm (``SwarmTestSwarm``), through the `berth`
/// binary: a deployment becomes a two-replica service serving on a host port per task; a changed env rolls it and
/// moves its generation label; more replicas scale it in place, a scale by hand is undone, and an env changed by
/// hand is named and written back by a new generation; a release whose health check fails makes Swarm roll back,
/// berth records the failure and pins, and the service keeps serving the generation before; `rollback --to` updates
/// it to an older generation's image; prune removes it.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct SwarmEndToEndTests {
    /// Each task writes `$GREETING` as its page and serves it, and `/healthz` while the app ships one, on `$PORT`.
    private static let serve = #"echo "$GREETING" > /www/index.html; exec httpd -f -p "$PORT" -h /www"#

    private static func manifest(_ scenario: Scenario, greeting: String, node: String, replicas: Int = 2) throws
        -> String
    {
        """
        apiVersion: berth/v1
        kind: Deployment
        metadata: {name: \(scenario.name("a"))}
        spec:
          source: {repo: "\(try scenario.app("a").fileURL)", ref: main}
          review: {policy: off}
          replicas: \(replicas)
          placement: {constraints: ["node.id == \(node)"]}
          ports: [{container: 8080}]
          env: {GREETING: \(greeting)}
          stopGracePeriod: 1s
          rollout: {monitor: 2s}
          health:
            http: {path: /healthz}
            interval: 500ms
            timeout: 1s
            startPeriod: 3s
            healthyThreshold: 1
        """
    }

    /// The pages the service's running tasks of `generation` serve on their host ports, once `count` of them run.
    private static func pages(
        _ scenario: Scenario, _ service: String, generation: Int, count: Int = 2
    ) async throws -> [String?] {
        var found: [SwarmTask] = []
        _ = try await scenario.eventually(within: .seconds(30)) {
            found = try await scenario.docker.listTasks(services: [service], desiredStates: [.running]).filter {
                $0.state == .running && $0.containerLabels[BerthLabel.generation] == String(generation)
            }
            return found.count == count
        }
        return found.compactMap { $0.publishedPorts.first?.publishedPort }.map { scenario.page(at: $0) }
    }

    @Test func aServiceServesRollsOnRollsBackOnAFailedCheckReturnsToAGenerationAndIsPruned() async throws {
        try await Scenario.run(controllerExtra: "runtime: swarm") { scenario in
            try await SwarmTestSwarm.shared.with(scenario.docker) { swarm in
                let name = scenario.name("a")
                try scenario.commitApp("a", page: "unused", command: Self.serve)
                try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, greeting: "one", node: swarm.nodeID)])
                let plan = try scenario.berth("plan")
                #expect(plan.stdout.contains("; service of 2 replicas, start-first, 1 at a time"), "\(plan)")
                let first = try scenario.berth("apply")
                #expect(first.status == 0, "\(first)")
                let created = try await scenario.docker.inspectService(name)
                #expect(created.spec.labels[BerthLabel.generation] == "1")
                #expect(created.spec.container.image.hasPrefix("sha256:"), "by id: \(created.spec.container.image)")
                #expect(created.spec.mode == .replicated(2) && created.spec.endpoint.mode == .dnsrr)
                #expect(try await Self.pages(scenario, created.id, generation: 1) == ["one", "one"])
                #expect(try scenario.status("a")?["state"] as? String == "2/2 tasks running")

                // A changed env: a rolling update, the generation label moves.
                try scenario.commitConfig(["a.yaml": try Self.manifest(scenario, greeting: "two", node: swarm.nodeID)])
                let second = try scenario.berth("apply")
                #expect(second.status == 0, "\(second)")
                let updated = try await scenario.docker.inspectService(name)
                #expect(updated.id == created.id && updated.spec.labels[BerthLabel.generation] == "2")
                #expect(updated.updateStatus?.state == .completed)
                #expect(try await Self.pages(scenario, created.id, generation: 2) == ["two", "two"])

                // More replicas: the service scales in place, no new generation.
                let three = try Self.manifest(scenario, greeting: "two", node: swarm.nodeID, replicas: 3)
                try scenario.commitConfig(["a.yaml": three])
                let scaled = try scenario.berth("apply")
                #expect(scaled.status == 0 && scaled.stdout.contains("spec.replicas: 2 → 3"), "\(scaled)")
                #expect(try await scenario.docker.inspectService(name).spec.mode == .replicated(3))
                #expect(try await Self.pages(scenario, created.id, generation: 2, count: 3) == ["two", "two", "two"])

                // Scaled down by hand (docker service scale): the next apply scales it back.
                let current = try await scenario.docker.inspectService(name)
                var byHand = current.spec
                byHand.mode = .replicated(1)
                try await scenario.docker.updateService(current.id, version: current.version, spec: byHand, auth: nil)
                let healed = try scenario.berth("apply")
                #expect(healed.status == 0 && healed.stdout.contains("spec.replicas: 1 → 3"), "\(healed)")
                #expect(try await scenario.docker.inspectService(name).spec.mode == .replicated(3))
                #expect(try await scenario.docker.inspectService(name).spec.labels[BerthLabel.generation] == "2")

                // Env changed by hand (docker service update --env-add): berth names it and rolls generation 3 out,
                // which writes the service back.
                try GitCommand.run(
                    "/usr/bin/docker", ["service", "update", "--quiet", "--env-add", "GREETING=by-hand", name],
                    environment: ProcessInfo.processInfo.environment)
                #expect(
                    try await Self.pages(scenario, created.id, generation: 2, count: 3)
                        == Array(repeating: "by-hand", count: 3))
                let drifted = try scenario.berth("plan")
                #expect(drifted.stdout.contains("service env changed outside berth"), "\(drifted)")
                let rewritten = try scenario.berth("apply")
                #expect(rewritten.status == 0, "\(rewritten)")
                #expect(try await scenario.docker.inspectService(name).spec.labels[BerthLabel.generation] == "3")
                #expect(try await Self.pages(scenario, created.id, generation: 3, count: 3) == ["two", "two", "two"])

                // A release whose health check fails: Swarm rolls back, berth records a failure.
                try scenario.commitApp("a", page: "unused", healthy: false, command: Self.serve)
                let broken = try scenario.berth("apply")
                #expect(broken.status == 1, "\(broken)")
                let failed = try #require(try await scenario.history("a").first)
                #expect(failed.result == .failed && failed.generation == 4 && failed.failingStage == "health")
                #expect(failed.error?.hasPrefix("Swarm rolled the service back") == true, "\(failed.error ?? "")")
                let rolledBack = try await scenario.docker.inspectService(name)
                #expect(rolledBack.spec.labels[BerthLabel.generation] == "3")
                #expect(rolledBack.updateStatus?.state == .rollbackCompleted)
                #expect(try await Self.pages(scenario, created.id, generation: 3, count: 3) == ["two", "two", "two"])
                let pinned = try scenario.berth("apply")
                #expect(pinned.stdout.contains("pinned to generation 3 (Swarm rolled generation 4 back"), "\(pinned)")

                // berth rollback --to 1: generation 1's image and settings as generation 5.
                let rollback = try scenario.berth("rollback", name, "--to", "1")
                #expect(rollback.status == 0, "\(rollback)")
                let restored = try await scenario.docker.inspectService(name)
                #expect(restored.spec.labels[BerthLabel.generation] == "5")
                #expect(restored.spec.container.image == created.spec.container.image)
                #expect(restored.spec.mode == .replicated(2), "generation 1's recorded replicas")
                #expect(try await Self.pages(scenario, created.id, generation: 5) == ["one", "one"])

                // Prune: the service goes.
                try scenario.commitConfig(["README.md": "no deployments here\n"])
                let prune = try scenario.berth("apply", "--prune", "--allow-empty")
                #expect(prune.status == 0, "\(prune)")
                #expect(try await scenario.docker.service(name) == nil)
                #expect(
                    try await scenario.eventually(within: .seconds(20)) {
                        try await scenario.docker.listContainers(labels: ["com.docker.swarm.service.id": created.id])
                            .isEmpty
                    }, "its tasks' containers go too")
                await Self.removeNetwork(scenario)
            }
        }
    }

    @Test func aRollingUpdateOfThreeTasksThroughTheRouterFailsNoRequest() async throws {
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        let extra = "runtime: swarm\n" + RouterEndToEndTests.router(caddy)
        try await Scenario.run(controllerExtra: extra) { scenario in
            try await SwarmTestSwarm.shared.with(scenario.docker) { swarm in
                let name = scenario.name("a")
                try scenario.commitApp("a", page: "unused", command: Self.serve)
                func manifest(_ greeting: String) throws -> String {
                    try Self.manifest(scenario, greeting: greeting, node: swarm.nodeID, replicas: 3)
                        + "\n  route: {host: swarm.test}\n"
                }
                try scenario.commitConfig(["a.yaml": try manifest("one")])
                let first = try scenario.berth("apply")
                try #require(first.status == 0, "\(first)\n\(caddy.log)")
                let service = try await scenario.docker.inspectService(name)
                let routed = try #require(try await Self.routes(caddy).first)
                #expect(routed.upstreams.count == 3 && routed.upstreams.allSatisfy { $0.hasPrefix("127.0.0.1:") })
                #expect(
                    RouterEndToEndTests.fetch(
                        "http://swarm.test:\(caddy.httpPort)/", resolve: "swarm.test:\(caddy.httpPort):127.0.0.1")
                        == "one")

                // A new commit of the app: Swarm replaces the tasks one at a time, start-first, under load.
                let loop = RouterEndToEndTests.loop(caddy.httpPort, host: "swarm.test", rate: 100)
                loop.start()
                try scenario.commitApp("a", page: "unused", setup: "LABEL release=2", command: Self.serve)
                try scenario.commitConfig(["a.yaml": try manifest("two")])
                let second = try scenario.berth("apply")
                let report = await loop.stop()
                print(
                    "swarm router start-first: \(report.sent) requests in \(report.seconds) s through a rolling update "
                        + "of 3 tasks, \(report.failed) failed")
                #expect(second.status == 0, "\(second)")
                #expect(report.failed == 0, "\(report.firstFailures)")
                #expect(report.bodyTransitions.filter { !$0.isEmpty }.last == "two", "\(report.bodyTransitions)")
                #expect(try await scenario.docker.inspectService(name).spec.labels[BerthLabel.generation] == "2")
                let run = try #require(try await scenario.history("a").first?.id)
                let log = try scenario.berth("logs", "--run", String(run))
                #expect(log.stdout.contains("route swarm.test/ → 127.0.0.1:"), "\(log)")
                let status = try BerthBinary.run([
                    "router", "status", "--config", scenario.controllerFile, "--output", "json",
                ])
                #expect(status.status == 0, "in sync with the tasks that run: \(status)")

                try scenario.commitConfig(["README.md": "no deployments here\n"])
                #expect(try scenario.berth("apply", "--prune", "--allow-empty").status == 0)
                #expect(try await Self.routes(caddy).isEmpty)
                _ = try await scenario.eventually(within: .seconds(20)) {
                    try await scenario.docker.listContainers(labels: ["com.docker.swarm.service.id": service.id])
                        .isEmpty
                }
                await Self.removeNetwork(scenario)
            }
        }
    }

    /// berth's routes in `caddy`, read through its admin API.
    static func routes(_ caddy: CaddyProcess) async throws -> [RouterRoute] {
        let logger = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        return try await CaddyRouter(settings: CaddySettings(admin: caddy.adminURL), logger: logger).routes()
    }

    /// Removes berth's overlay network when this scenario's controller made it (its tasks detach shortly after their
    /// service is removed).
    static func removeNetwork(_ scenario: Scenario) async {
        guard let network = try? await scenario.docker.inspectNetwork(SwarmRuntime.network),
            network.labels[BerthLabel.controller] == BerthLabel.controllerValue(scenario.stateDir)
        else { return }
        _ = try? await scenario.eventually(within: .seconds(15)) {
            (try? await scenario.docker.removeNetwork(network.id)) != nil
        }
    }
}
