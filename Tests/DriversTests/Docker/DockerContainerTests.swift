import Drivers
import Foundation
import TestSupport
import Testing

@Suite(.enabled(if: DockerTestEnvironment.isAvailable, Comment(rawValue: DockerTestEnvironment.skipReason)))
struct DockerContainerTests {
    let docker = DockerTestEnvironment.client()

    @Test func negotiatesAPIVersion141OrNewer() async throws {
        let version = try await docker.version()
        let parts = version.apiVersion.split(separator: ".").map { Int($0) ?? 0 }
        #expect(!parts.lexicographicallyPrecedes([1, 41]))
        try await docker.ping()
    }

    @Test func createStartInspectStopRemoveALabelledContainer() async throws {
        let scope = DockerTestScope(volumes: ["data"])
        var spec = ContainerSpec(name: scope.name("web"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels.merging(["berth.deployment": "web"]) { $1 }
        spec.environment = ["GREETING": "hello", "PORT": "8080"]
        spec.command = ["sleep", "300"]
        spec.ports = [PublishedPort(containerPort: 8080)]
        spec.restartPolicy = .unlessStopped
        spec.resources = ResourceLimits(cpus: 0.5, memoryBytes: 64 << 20)
        spec.healthCheck = ContainerHealthCheck(test: .shell("true"), interval: .seconds(1), timeout: .seconds(1), retries: 2)
        spec.mounts = [ContainerMount(source: .volume(scope.name("data")), target: "/data")]
        spec.stopTimeout = .seconds(1)
        try await scope.withCleanUp(docker) {
            let id = try await docker.createContainer(spec)
            let listed = try await docker.listContainers(labels: scope.labels)
            #expect(listed.map(\.id) == [id])
            #expect(listed.first?.state == .created)
            #expect(listed.first?.names == [spec.name])
            #expect(listed.first?.labels["berth.deployment"] == "web")

            try await docker.startContainer(id)
            try await docker.startContainer(id)  // already running: not an error
            let running = try await docker.inspectContainer(spec.name)
            #expect(running.id == id)
            #expect(running.state == .running)
            #expect(running.environment.contains("GREETING=hello"))
            #expect(running.command == ["sleep", "300"])
            #expect(running.startedAt != nil)
            #expect(running.ports.contains { $0.containerPort == 8080 })

            try await docker.stopContainer(id, timeout: .seconds(1))
            let stopped = try await docker.inspectContainer(id)
            #expect(stopped.state == .exited)
            #expect(stopped.finishedAt != nil)

            try await docker.removeContainer(id, force: false, removeVolumes: true)
            #expect(try await docker.containerExists(id) == false)
            #expect(try await docker.listContainers(labels: scope.labels).isEmpty)
        }
    }

    @Test func publishesPortsOnTheGivenHostIPAndRenamesAndKills() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("candidate"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.command = ["sleep", "300"]
        spec.ports = [PublishedPort(containerPort: 8080, hostPort: 0, hostIP: "127.0.0.1")]
        try await scope.withCleanUp(docker) {
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
            let details = try await docker.inspectContainer(id)
            let published = try #require(details.ports.first { $0.containerPort == 8080 })
            #expect(published.hostIP == "127.0.0.1")
            #expect((published.hostPort ?? 0) > 0)
            try await docker.renameContainer(id, to: scope.name("active"))
            #expect(try await docker.inspectContainer(id).name == scope.name("active"))
            try await docker.killContainer(id, signal: "SIGKILL")
            #expect(try await docker.waitContainer(id) == 137)
        }
    }

    @Test func waitReturnsTheExitCode() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("exit"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.command = ["sh", "-c", "exit 7"]
        let code = try await scope.withCleanUp(docker) {
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
            return try await docker.waitContainer(id)
        }
        #expect(code == 7)
    }

    @Test func logsComeBackDemuxedIntoStdoutAndStderrLines() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("logs"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.command = ["sh", "-c", "echo out-1; echo err-1 >&2; echo out-2; printf 'no-newline' >&2"]
        let (lines, tail) = try await scope.withCleanUp(docker) {
            let id = try await docker.createContainer(spec)
            try await docker.startContainer(id)
            _ = try await docker.waitContainer(id)
            var lines: [LogLine] = []
            for try await line in try await docker.containerLogs(id, options: LogOptions()) {
                lines.append(line)
            }
            var tail: [LogLine] = []
            for try await line in try await docker.containerLogs(id, options: LogOptions(tail: 1)) {
                tail.append(line)
            }
            return (lines, tail)
        }
        #expect(lines.filter { $0.stream == .stdout }.map(\.text) == ["out-1", "out-2"])
        #expect(lines.filter { $0.stream == .stderr }.map(\.text) == ["err-1", "no-newline"])
        #expect(tail.count == 1)
    }

    @Test func eventsStreamSeesStopOfALabelledContainer() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("events"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.command = ["sleep", "300"]
        let docker = docker
        let (id, seen) = try await scope.withCleanUp(docker) {
            let events = try await docker.events(EventFilter(labels: scope.labels, types: ["container"]))
            let id = try await docker.createContainer(spec)
            let seen = try await withThrowingTaskGroup(of: EngineEvent?.self) { group in
                group.addTask {
                    for try await event in events where event.action == "stop" {
                        return event
                    }
                    return nil
                }
                group.addTask {
                    try await docker.startContainer(id)
                    try await docker.stopContainer(id, timeout: .seconds(1))
                    try await Task.sleep(for: .seconds(20))
                    return nil
                }
                defer { group.cancelAll() }
                while let next = try await group.next() {
                    if let next { return Optional(next) }
                }
                return nil
            }
            return (id, seen)
        }
        let stop = try #require(seen)
        #expect(stop.type == "container")
        #expect(stop.actorID == id)
        #expect(stop.attributes[DockerTestScope.labelKey] == scope.id)
    }

    @Test func missingContainerIsNotFound() async throws {
        let error = await #expect(throws: ContainerEngineError.self) {
            try await docker.inspectContainer("berth-test-no-such-container-\(UUID().uuidString)")
        }
        #expect(error?.code == .notFound)
        #expect(error?.description.contains("No such container") == true)
        #expect(error?.description.contains("unix://\(DockerTestEnvironment.socketPath)") == true)
    }

    @Test func duplicateNameIsConflict() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("twice"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        let error = try await scope.withCleanUp(docker) {
            _ = try await docker.createContainer(spec)
            return await #expect(throws: ContainerEngineError.self) {
                try await docker.createContainer(spec)
            }
        }
        #expect(error?.code == .conflict)
    }

    @Test func invalidParametersAreBadRequest() async throws {
        let scope = DockerTestScope()
        var spec = ContainerSpec(name: scope.name("bad"), image: DockerTestEnvironment.baseImage)
        spec.labels = scope.labels
        spec.restartPolicy = .onFailure(maximumRetries: -1)
        let error = try await scope.withCleanUp(docker) {
            await #expect(throws: ContainerEngineError.self) {
                try await docker.createContainer(spec)
            }
        }
        #expect(error?.code == .badRequest)
    }

    @Test func volumesAreCreatedInspectedRemovedAndNetworksInspected() async throws {
        let scope = DockerTestScope(volumes: ["vol"])
        try await scope.withCleanUp(docker) {
            let created = try await docker.createVolume(name: scope.name("vol"), labels: scope.labels)
            let inspected = try await docker.inspectVolume(scope.name("vol"))
            #expect(created.name == scope.name("vol"))
            #expect(inspected.labels == scope.labels)
            #expect(inspected.driver == "local")
            try await docker.removeVolume(scope.name("vol"))
            let missing = await #expect(throws: ContainerEngineError.self) {
                try await docker.inspectVolume(scope.name("vol"))
            }
            #expect(missing?.code == .notFound)
            let bridge = try await docker.inspectNetwork("bridge")
            #expect(bridge.name == "bridge")
            #expect(bridge.driver == "bridge")
        }
    }
}
