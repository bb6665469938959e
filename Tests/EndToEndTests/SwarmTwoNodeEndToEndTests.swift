import Drivers
import Foundation
import Reconciler
import Testing
import TestSupport

/// `runtime: swarm` on two nodes (``SwarmLab``: a second dockerd in its own network namespace, and a registry): a
/// deployment built from git is pushed to `registry.url` and its service names the image by digest, so the worker
/// pulls it from there; four replicas with `maxPerNode: 2` land two on each node; the route sends to all four tasks,
/// berth's probe reaches the tasks on both nodes, and requests through Caddy are answered from both nodes.
@Suite(
    .serialized, .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)),
    .enabled(
        if: CaddyProcess.isAvailable || ProcessInfo.processInfo.environment["CI"] == "true",
        Comment(rawValue: CaddyProcess.skipReason)))
struct SwarmTwoNodeEndToEndTests {
    /// Each task serves its own hostname (its container's short id), and `/healthz`.
    private static let serveHostname = #"hostname > /www/index.html; exec httpd -f -p "$PORT" -h /www"#

    @Test func fourReplicasSpreadOverTwoNodesThroughTheRegistryAndTheRouterReachesBoth() async throws {
        let lab = try SwarmLab.up()
        defer { lab.down() }
        let caddy = try CaddyProcess()
        defer { caddy.stop() }
        let extra = "runtime: swarm\nregistry: {url: \"\(lab.registry)/berth\"}\n" + RouterEndToEndTests.router(caddy)
        try await Scenario.run(controllerExtra: extra) { scenario in
            let name = scenario.name("a")
            try scenario.commitApp("a", page: "unused", command: Self.serveHostname)
            try scenario.commitConfig([
                "a.yaml": """
                apiVersion: berth/v1
                kind: Deployment
                metadata: {name: \(name)}
                spec:
                  source: {repo: "\(try scenario.app("a").fileURL)", ref: main}
                  review: {policy: off}
                  replicas: 4
                  placement: {maxPerNode: 2}
                  ports: [{container: 8080}]
                  route: {host: two.test}
                  stopGracePeriod: 1s
                  rollout: {monitor: 2s, parallelism: 2}
                  health: {http: {path: /healthz}, interval: 500ms, timeout: 1s, startPeriod: 20s, healthyThreshold: 1}
                """
            ])
            let plan = try scenario.berth("plan")
            #expect(plan.stdout.contains("service of 4 replicas"), "\(plan)")
            let applied = try scenario.berth("apply")
            try #require(applied.status == 0, "\(applied)\n\(caddy.log)")
            #expect(applied.stdout.contains("pushing "), "the start pushes the image: \(applied)")
            let probed = applied.stdout.split(separator: "\n").filter { $0.contains("probe passed on") }
            #expect(
                probed.contains { $0.contains("127.0.0.1:") && $0.contains("\(lab.workerAddress):") },
                "berth probes the tasks on both nodes: \(probed)")

            let service = try await scenario.docker.inspectService(name)
            let image = service.spec.container.image
            #expect(image.hasPrefix("\(lab.registry)/berth/\(name)@sha256:"), "by digest from the registry: \(image)")
            var tasks: [SwarmTask] = []
            _ = try await scenario.eventually(within: .seconds(30)) {
                tasks = try await scenario.docker.listTasks(services: [service.id], desiredStates: [.running])
                    .filter { $0.state == .running }
                return tasks.count == 4
            }
            let perNode = Dictionary(grouping: tasks, by: \.nodeID).mapValues(\.count)
            #expect(perNode.count == 2 && perNode.values.allSatisfy { $0 == 2 }, "two tasks on each node: \(perNode)")

            let route = try #require(try await SwarmEndToEndTests.routes(caddy).first)
            #expect(route.upstreams.count == 4, "\(route)")
            #expect(route.upstreams.filter { $0.hasPrefix("\(lab.workerAddress):") }.count == 2, "\(route)")
            // Requests through Caddy: each answer is a task's hostname, its container's short id, on one node.
            let nodeOfHostname = Dictionary(
                tasks.compactMap { task in task.containerID.map { (String($0.prefix(12)), task.nodeID) } }
            ) { first, _ in first }
            var answeredFrom = Set<String>()
            for _ in 0..<40 {
                let body = RouterEndToEndTests.fetch(
                    "http://two.test:\(caddy.httpPort)/", resolve: "two.test:\(caddy.httpPort):127.0.0.1")
                if let node = body.flatMap({ nodeOfHostname[$0] }) { answeredFrom.insert(node) }
            }
            #expect(answeredFrom == Set(perNode.keys), "answers from both nodes: \(answeredFrom) of \(perNode)")

            try scenario.commitConfig(["README.md": "no deployments here\n"])
            #expect(try scenario.berth("apply", "--prune", "--allow-empty").status == 0)
            _ = try await scenario.eventually(within: .seconds(20)) {
                try await scenario.docker.listContainers(labels: ["com.docker.swarm.service.id": service.id]).isEmpty
            }
            await SwarmEndToEndTests.removeNetwork(scenario)
        }
    }
}
