import Drivers
import Foundation
import Logging
import TestSupport
import Testing

/// ``SwarmEngine`` against the real engine made a single-node swarm (``SwarmTestSwarm``): a two-replica service with
/// host-mode ports the engine picks per task, a start-first update followed to `completed`, a failing health check
/// that Swarm rolls back, and removal of the service and its overlay network.
@Suite(
    .serialized,
    .enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct SwarmEngineTests {
    let docker = DockerTestEnvironment.client()

    /// What every task runs: busybox httpd on 8080 answering `$GREETING` (the container's environment).
    private static let serve =
        "mkdir -p /www && echo \"$GREETING\" > /www/index.html && exec httpd -f -p 8080 -h /www"

    private static func spec(scope: DockerTestScope, node: String, network: String) -> SwarmServiceSpec {
        var spec = SwarmServiceSpec(name: scope.name("web"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels.merging(["berth.deployment": "web", "berth.generation": "1"]) { $1 }
        spec.container.labels = scope.labels.merging(["berth.generation": "1"]) { $1 }
        spec.container.environment = ["GREETING": "hello from swarm"]
        spec.container.command = ["sh", "-c", serve]
        spec.container.runsInit = true
        spec.container.stopGracePeriod = .seconds(1)
        spec.container.healthCheck = ContainerHealthCheck(
            test: .shell("wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1"), interval: .seconds(1),
            timeout: .seconds(1), retries: 3)
        spec.limits = ResourceLimits(memoryBytes: 64 << 20)
        spec.reservations = ResourceLimits(cpus: 0.01)
        spec.restartPolicy = SwarmRestartPolicy(condition: .any, delay: .seconds(1))
        spec.placement = SwarmPlacement(constraints: ["node.id==\(node)"])
        spec.mode = .replicated(2)
        spec.updateConfig = SwarmUpdateConfig(
            parallelism: 1, failureAction: .rollback, monitor: .seconds(3), order: .startFirst)
        spec.rollbackConfig = SwarmUpdateConfig(parallelism: 0, failureAction: .pause, monitor: .seconds(1))
        spec.networks = [network]
        spec.endpoint = SwarmEndpointSpec(mode: .dnsrr, ports: [SwarmPortConfig(targetPort: 8080, publishMode: .host)])
        return spec
    }

    @Test func aReplicatedServiceServesUpdatesStartFirstRollsBackAndGoes() async throws {
        let scope = DockerTestScope()
        let docker = docker
        let newTag = "berth-test/swarm-\(scope.id):2"
        try await SwarmTestSwarm.shared.with(docker) { swarm in
            try await Self.withCleanUp(docker, scope, tags: [newTag]) {
                // The overlay network, created once and found the second time.
                let network = try await docker.ensureOverlayNetwork(name: scope.name("net"), labels: scope.labels)
                #expect(network.driver == "overlay" && network.scope == "swarm", "\(network)")
                #expect(network.labels[DockerTestScope.labelKey] == scope.id)
                #expect(try await docker.ensureOverlayNetwork(name: network.name, labels: [:]).id == network.id)

                var spec = Self.spec(scope: scope, node: swarm.nodeID, network: network.name)
                let id = try await docker.createService(spec, auth: nil)
                let taken = await #expect(throws: ContainerEngineError.self) {
                    try await docker.createService(spec, auth: nil)
                }
                #expect(taken?.code == .conflict)
                #expect(try await docker.listServices(labels: scope.labels, taskCounts: false).map(\.id) == [id])
                let created = try await docker.inspectService(spec.name)
                #expect(created.id == id && created.updateStatus == nil)
                #expect(created.spec.container.healthCheck == spec.container.healthCheck)
                #expect(created.spec.networks == [network.id], "the engine keeps the network's id")
                let byPrefix = await #expect(throws: ContainerEngineError.self) {
                    try await docker.inspectService(String(id.prefix(6)))
                }
                #expect(byPrefix?.code == .notFound, "the engine's id-prefix match is not taken for a name")

                // Both tasks run, each on a host port of its own, and answer on it.
                let first = try await Self.runningTasks(docker, id, count: 2) { _ in true }
                let ports = first.compactMap { $0.publishedPorts.first?.publishedPort }
                #expect(ports.count == 2 && Set(ports).count == 2 && !ports.contains(0), "\(first)")
                for port in ports {
                    #expect(try await Self.get(port: port) == "hello from swarm")
                }
                let listed = try await Self.eventually("the list to count 2 running tasks") {
                    try await docker.listServices(labels: scope.labels, taskCounts: true).first { $0.runningTasks == 2 }
                }
                #expect(listed.desiredTasks == 2)

                // A new image and labels, start-first: followed to `completed`.
                try await docker.tagImage(DockerTestEnvironment.baseImage, as: newTag)
                let before = try await docker.inspectService(id)
                spec.container.image = newTag
                spec.labels["berth.generation"] = "2"
                spec.container.labels["berth.generation"] = "2"
                try await docker.updateService(id, version: before.version, spec: spec, auth: nil)
                let stale = await #expect(throws: ContainerEngineError.self) {
                    try await docker.updateService(id, version: before.version, spec: spec, auth: nil)
                }
                #expect(stale?.code == .conflict, "\(String(describing: stale))")
                let updated = try await Self.settled(docker, id)
                #expect(updated.updateStatus?.state == .completed, "\(String(describing: updated.updateStatus))")
                #expect(updated.spec.labels["berth.generation"] == "2", "service labels change in place")
                let second = try await Self.runningTasks(docker, id, count: 2) {
                    $0.image == newTag && $0.containerLabels["berth.generation"] == "2"
                }
                #expect(Set(second.map(\.id)).isDisjoint(with: first.map(\.id)))
                let port = try #require(second.first?.publishedPorts.first?.publishedPort)
                #expect(try await Self.get(port: port) == "hello from swarm")

                // A release whose health check fails: Swarm rolls it back by itself.
                let current = try await docker.inspectService(id)
                var failing = spec
                failing.labels["berth.generation"] = "3"
                failing.container.labels["berth.generation"] = "3"
                failing.container.healthCheck = ContainerHealthCheck(
                    test: .shell("exit 1"), interval: .seconds(1), timeout: .seconds(1), retries: 1)
                try await docker.updateService(id, version: current.version, spec: failing, auth: nil)
                let rolledBack = try await Self.settled(docker, id)
                #expect(
                    rolledBack.updateStatus?.state == .rollbackCompleted,
                    "\(String(describing: rolledBack.updateStatus))")
                #expect(rolledBack.spec.labels["berth.generation"] == "2")
                #expect(rolledBack.spec.container.healthCheck == spec.container.healthCheck)
                let all = try await docker.listTasks(services: [id], desiredStates: [])
                #expect(
                    all.contains { $0.containerLabels["berth.generation"] == "3" && $0.state.isTerminal },
                    "\(all.map { ($0.state, $0.error) })")
                let third = try await Self.runningTasks(docker, id, count: 2) {
                    $0.containerLabels["berth.generation"] == "2"
                }
                let rolledPort = try #require(third.first?.publishedPorts.first?.publishedPort)
                #expect(try await Self.get(port: rolledPort) == "hello from swarm")

                // Gone: the service, its containers, then the network.
                try await docker.removeService(id)
                let missing = await #expect(throws: ContainerEngineError.self) { try await docker.removeService(id) }
                #expect(missing?.code == .notFound)
                #expect(try await docker.service(id) == nil)
                try await Self.containersGone(docker, service: id)
                try await docker.removeNetwork(network.id)
                let noNetwork = await #expect(throws: ContainerEngineError.self) {
                    try await docker.inspectNetwork(network.id)
                }
                #expect(noNetwork?.code == .notFound)
            }
        }
    }

    @Test func theSwarmAndItsNodesAreRead() async throws {
        let docker = docker
        try await SwarmTestSwarm.shared.with(docker) { swarm in
            #expect(swarm.localNodeState == .active && swarm.isManager)
            #expect(swarm.nodes >= 1 && swarm.managers >= 1)
            let nodes = try await docker.listNodes()
            let me = try #require(nodes.first { $0.id == swarm.nodeID })
            #expect(me.role == .manager && me.state == .ready && me.availability == .active)
            #expect(!me.hostname.isEmpty && !me.address.isEmpty)
            #expect(nodes.count == swarm.nodes)
        }
    }

    // MARK: Helpers

    private struct TimedOut: Error, CustomStringConvertible {
        let description: String
    }

    /// Waits (at most `timeout`) until `check` returns a value; fails naming `what` otherwise.
    private static func eventually<T>(
        _ what: String, timeout: Duration = .seconds(60), _ check: () async throws -> T?
    ) async throws -> T {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let value = try await check() { return value }
            guard ContinuousClock.now < deadline else {
                throw TimedOut(description: "timed out after \(timeout) waiting for \(what)")
            }
            try await Task.sleep(for: .milliseconds(500))
        }
    }

    /// `count` tasks of the service wanted and actually running, with their host ports, all matching `where`.
    private static func runningTasks(
        _ docker: DockerClient, _ service: String, count: Int, where matches: @escaping (SwarmTask) -> Bool
    ) async throws -> [SwarmTask] {
        var last: [SwarmTask] = []
        do {
            return try await eventually("\(count) running tasks of \(service)") {
                last = try await docker.listTasks(services: [service], desiredStates: [.running])
                let ready = last.filter { $0.state == .running && !$0.publishedPorts.isEmpty && matches($0) }
                return ready.count == count && last.count == count ? ready : nil
            }
        } catch {
            Issue.record("tasks last seen: \(last.map { ($0.id, $0.state, $0.message, $0.error ?? "") })")
            throw error
        }
    }

    /// The service once its update has settled (completed, paused or rolled back).
    private static func settled(_ docker: DockerClient, _ service: String) async throws -> SwarmService {
        try await eventually("the update of \(service) to settle") {
            let current = try await docker.inspectService(service)
            return current.updateStatus?.state.isSettled == true ? current : nil
        }
    }

    /// Waits until no container of the service is left (the network cannot go before them).
    private static func containersGone(_ docker: DockerClient, service: String, timeout: Duration = .seconds(30))
        async throws
    {
        _ = try await eventually("the containers of \(service) to go", timeout: timeout) {
            try await docker.listContainers(labels: ["com.docker.swarm.service.id": service]).isEmpty ? true : nil
        }
    }

    /// The body of `GET http://127.0.0.1:port/`, trimmed.
    private static func get(port: Int) async throws -> String {
        let client = HTTPClient(
            endpoint: .tcp(host: "127.0.0.1", port: port), connectTimeout: .seconds(2),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let response = try await client.execute(HTTPRequest(method: "GET", target: "/", timeout: .seconds(5)))
        let body = try await response.body.collect(upTo: 1 << 16)
        #expect(response.status == 200)
        return String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Runs `body`, then removes what the test made whatever happened: the scope's services (waiting, bounded, for
    /// their containers), networks named by the scope, `tags`, and the scope's containers.
    private static func withCleanUp(
        _ docker: DockerClient, _ scope: DockerTestScope, tags: [String], _ body: () async throws -> Void
    ) async throws {
        var failure: (any Error)?
        do {
            try await body()
        } catch {
            failure = error
        }
        for service in (try? await docker.listServices(labels: scope.labels, taskCounts: false)) ?? [] {
            try? await docker.removeService(service.id)
            try? await containersGone(docker, service: service.id)
        }
        let network = scope.name("net")
        _ = try? await eventually("network \(network) to go", timeout: .seconds(30)) { () async throws -> Bool? in
            do {
                try await docker.removeNetwork(network)
                return true
            } catch let error as ContainerEngineError where error.code == .notFound {
                return true
            } catch {
                return nil
            }
        }
        for tag in tags {
            try? await docker.removeImage(tag, force: false)
        }
        await scope.cleanUp(docker)
        if let failure { throw failure }
    }
}
