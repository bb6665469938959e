import Foundation
import TestSupport
import Testing

@testable import Drivers

/// What berth sends to a Swarm manager and reads back, checked against JSON captured from Docker 20.10.24 (API 1.41)
/// in `Tests/Fixtures/swarm` (its README says how).
@Suite struct SwarmWireTests {
    private static func fixture(_ name: String) throws -> Data {
        try Data(contentsOf: Fixtures.directory.appendingPathComponent("swarm/\(name)"))
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        try JSONDecoder().decode(T.self, from: fixture(name))
    }

    /// The push stream's lines (the engine ends them with CRLF).
    private static func pushMessages(_ name: String) throws -> [DockerWire.PullMessage] {
        let lines = String(decoding: try fixture(name), as: UTF8.self).split(whereSeparator: \.isNewline)
        return try lines.map { try JSONDecoder().decode(DockerWire.PullMessage.self, from: Data($0.utf8)) }
    }

    private static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The spec `docker service create` made for `service-created.json` (README), written the way berth writes it.
    private static var cliSpec: SwarmServiceSpec {
        var spec = SwarmServiceSpec(name: "berth-fixture-web", image: "berth-test/busybox:latest")
        spec.labels = ["berth.deployment": "web"]
        spec.container.labels = ["berth.role": "deployment"]
        spec.container.command = [
            "sh", "-c", "mkdir -p /www && echo hello > /www/index.html && exec httpd -f -p 8080 -h /www",
        ]
        spec.container.environment = ["PORT": "8080"]
        spec.container.user = "root"
        spec.container.runsInit = true
        spec.container.healthCheck = ContainerHealthCheck(
            test: .shell("wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1"), interval: .seconds(2),
            timeout: .seconds(1), startPeriod: .seconds(1), retries: 2)
        spec.container.mounts = [
            ContainerMount(source: .volume("berth-fixture-data"), target: "/data"),
            ContainerMount(source: .bind("/tmp"), target: "/host-tmp", readOnly: true),
        ]
        spec.container.stopGracePeriod = .seconds(3)
        spec.container.capabilitiesAdded = ["CAP_NET_ADMIN"]
        spec.limits = ResourceLimits(cpus: 0.5, memoryBytes: 64 << 20)
        spec.reservations = ResourceLimits(cpus: 0.1, memoryBytes: 16 << 20)
        spec.restartPolicy = SwarmRestartPolicy(condition: .onFailure, delay: .seconds(1), maxAttempts: 3)
        spec.placement = SwarmPlacement(constraints: ["node.role==manager"], maxReplicasPerNode: 2)
        spec.mode = .replicated(2)
        spec.updateConfig = SwarmUpdateConfig(
            parallelism: 1, delay: .seconds(1), failureAction: .rollback, monitor: .seconds(5), maxFailureRatio: 0.1,
            order: .startFirst)
        spec.rollbackConfig = SwarmUpdateConfig(
            parallelism: 2, failureAction: .pause, monitor: .seconds(2), order: .stopFirst)
        spec.networks = ["up8s50xkd06ipqruzkc70whuc"]  // the engine keeps the id of the network named at create
        spec.endpoint = SwarmEndpointSpec(mode: .dnsrr, ports: [SwarmPortConfig(targetPort: 8080, publishMode: .host)])
        return spec
    }

    @Test func aServiceTheCLICreatedReadsBackAsTheSpecBerthWouldWrite() throws {
        let service = SwarmService(wire: try Self.decode(DockerWire.Swarm.Service.self, "service-created.json"))
        #expect(service.id == "s66dvrcpd3vnn3gxswgw0qrn5")
        #expect(service.version == 14)
        #expect(service.updateStatus == nil, "a service never updated has no UpdateStatus")
        #expect(service.createdAt != nil && service.updatedAt != nil)
        #expect(service.endpointPorts == [SwarmPortConfig(targetPort: 8080, publishMode: .host)])
        #expect(service.spec == Self.cliSpec)
    }

    @Test func theSpecBodyRoundTripsThroughTheWire() throws {
        let spec = Self.cliSpec
        let body = try Self.json(spec.wire)
        let decoded = try JSONDecoder().decode(DockerWire.Swarm.ServiceSpec.self, from: Data(body.utf8))
        #expect(SwarmServiceSpec(wire: decoded) == spec)
    }

    @Test func theCreateBodySpellsFieldsAsTheEngineDoes() throws {
        var spec = SwarmServiceSpec(name: "web", image: "127.0.0.1:5000/web@sha256:abc")
        spec.labels = ["berth.deployment": "web"]
        spec.container.environment = ["B": "2", "A": "1"]
        spec.container.healthCheck = ContainerHealthCheck(
            test: .exec(["/bin/check"]), interval: .seconds(1), timeout: .milliseconds(500), retries: 2)
        spec.mode = .replicated(3)
        spec.networks = ["berth"]
        spec.endpoint = SwarmEndpointSpec(
            mode: .dnsrr,
            ports: [
                SwarmPortConfig(targetPort: 8080),
                SwarmPortConfig(targetPort: 53, publishedPort: 5353, transport: "udp", publishMode: .ingress),
            ])
        spec.updateConfig = SwarmUpdateConfig(failureAction: .rollback, order: .startFirst)
        spec.restartPolicy = SwarmRestartPolicy(condition: .never)
        let expected =
            #"{"EndpointSpec":{"Mode":"dnsrr","Ports":[{"Protocol":"tcp","PublishMode":"host","TargetPort":8080},"#
            + #"{"Protocol":"udp","PublishMode":"ingress","PublishedPort":5353,"TargetPort":53}]},"#
            + #""Labels":{"berth.deployment":"web"},"Mode":{"Replicated":{"Replicas":3}},"Name":"web","#
            + #""TaskTemplate":{"ContainerSpec":{"Env":["A=1","B=2"],"Healthcheck":{"Interval":1000000000,"#
            + #""Retries":2,"StartPeriod":0,"Test":["CMD","\/bin\/check"],"Timeout":500000000},"#
            + #""Image":"127.0.0.1:5000\/web@sha256:abc"},"Networks":[{"Target":"berth"}],"#
            + #""RestartPolicy":{"Condition":"none"}},"#
            + #""UpdateConfig":{"Delay":0,"FailureAction":"rollback","MaxFailureRatio":0,"Order":"start-first","#
            + #""Parallelism":1}}"#
        #expect(try Self.json(spec.wire) == expected)
    }

    @Test func aGlobalServiceAndEmptyPartsAreLeftOut() throws {
        var spec = SwarmServiceSpec(name: "agent", image: "agent:1")
        spec.mode = .global
        #expect(
            try Self.json(spec.wire)
                == #"{"EndpointSpec":{"Mode":"vip"},"Labels":{},"Mode":{"Global":{}},"Name":"agent","#
                + #""TaskTemplate":{"ContainerSpec":{"Image":"agent:1"}}}"#)
        let decoded = try JSONDecoder().decode(
            DockerWire.Swarm.ServiceSpec.self, from: Data(try Self.json(spec.wire).utf8))
        #expect(SwarmServiceSpec(wire: decoded).mode == .global)
    }

    @Test(arguments: [
        ("service-updating.json", SwarmUpdateStatus.State.updating, "update in progress", false),
        ("service-update-completed.json", .completed, "update completed", true),
        ("service-update-paused.json", .paused, "update paused due to failure or early termination of task", true),
        ("service-rollback-completed.json", .rollbackCompleted, "rollback completed", true),
    ])
    func updateStatusIsRead(file: String, state: SwarmUpdateStatus.State, message: String, settled: Bool) throws {
        let service = SwarmService(wire: try Self.decode(DockerWire.Swarm.Service.self, file))
        let status = try #require(service.updateStatus)
        #expect(status.state == state)
        #expect(status.message.hasPrefix(message))
        #expect(status.state.isSettled == settled)
        #expect(status.startedAt != nil)
        #expect((status.completedAt != nil) == (state == .completed || state == .rollbackCompleted))
    }

    @Test func afterSwarmsRollbackTheSpecIsThePreviousOne() throws {
        let service = SwarmService(
            wire: try Self.decode(DockerWire.Swarm.Service.self, "service-rollback-completed.json"))
        #expect(
            service.spec.container.healthCheck?.test == .shell("wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1"))
        #expect(service.spec.labels["berth.generation"] == "2")
    }

    @Test func aRunningTaskGivesItsHostPortOnceAndItsContainer() throws {
        let task = SwarmTask(wire: try Self.decode(DockerWire.Swarm.Task.self, "task-running.json"))
        #expect(task.id == "pc885b2s1t8t2yc2gxij6ifvr")
        #expect(task.serviceID == "s66dvrcpd3vnn3gxswgw0qrn5")
        #expect(task.nodeID == "yquz37e4vktdvvsm91bawyda2")
        #expect(task.slot == 1)
        #expect(task.desiredState == .running && task.state == .running)
        #expect(task.message == "started")
        #expect(task.error == nil)
        #expect(task.containerID == "2e313da2ce12b3359f2c20c986af28cf9f3fe52208f7f25992079453590f25d0")
        #expect(task.exitCode == 0)
        // The engine lists the port twice (IPv4 and IPv6 bindings); berth keeps it once.
        #expect(task.publishedPorts == [SwarmPortConfig(targetPort: 8080, publishedPort: 32769, publishMode: .host)])
        #expect(task.image == "berth-test/busybox:latest")
        #expect(task.containerLabels == ["berth.role": "deployment"])
        #expect(task.version == 24)
        #expect(task.createdAt != nil && task.stateChangedAt != nil)
    }

    @Test func theTaskListAfterARollbackShowsTheUnhealthyTask() throws {
        let tasks = try Self.decode([DockerWire.Swarm.Task].self, "tasks-after-rollback.json").map(
            SwarmTask.init(wire:))
        #expect(tasks.count == 7)
        let failed = try #require(tasks.first { $0.state == .failed })
        #expect(failed.desiredState == .shutdown)
        #expect(failed.error == "task: non-zero exit (143): dockerexec: unhealthy container")
        #expect(failed.state.isTerminal)
        let running = tasks.filter { $0.desiredState == .running }
        #expect(running.count == 2)
        #expect(running.allSatisfy { $0.state == .running && $0.containerLabels["berth.generation"] == "2" })
        let pending = try #require(tasks.first { $0.message == "pending task scheduling" })
        #expect(pending.nodeID.isEmpty, "a task no node could take has no node")
    }

    @Test func tasksFilteredByDesiredStateIncludeOneStillStarting() throws {
        let tasks = try Self.decode([DockerWire.Swarm.Task].self, "tasks-desired-running.json").map(
            SwarmTask.init(wire:))
        #expect(tasks.allSatisfy { $0.desiredState == .running })
        #expect(Set(tasks.map(\.state)) == [.running, .starting])
        #expect(tasks.first { $0.state == .starting }?.publishedPorts.isEmpty == true)
    }

    @Test func aManagersInfoAndAnInactiveEnginesInfo() throws {
        let manager = SwarmInfo(wire: try Self.decode(DockerWire.Info.self, "info-manager.json").Swarm)
        #expect(manager.localNodeState == .active)
        #expect(manager.isManager)
        #expect(manager.nodeID == "yquz37e4vktdvvsm91bawyda2")
        #expect(manager.nodeAddress == "127.0.0.1")
        #expect(manager.nodes == 1 && manager.managers == 1)
        #expect(manager.clusterID == "rnuov2xvl3gldll1276c0873p")

        // What the same engine answered outside a swarm (captured before `docker swarm init`).
        let inactiveJSON =
            #"{"Swarm":{"NodeID":"","NodeAddr":"","LocalNodeState":"inactive","ControlAvailable":false,"#
            + #""Error":"","RemoteManagers":null}}"#
        let inactive = SwarmInfo(
            wire: try JSONDecoder().decode(DockerWire.Info.self, from: Data(inactiveJSON.utf8)).Swarm)
        #expect(inactive == SwarmInfo(localNodeState: .inactive, isManager: false))
    }

    @Test func theNodesOfATwoNodeSwarm() throws {
        let nodes = try Self.decode([DockerWire.Swarm.Node].self, "nodes-two.json").map(SwarmNode.init(wire:))
        #expect(nodes.count == 2)
        let manager = try #require(nodes.first { $0.role == .manager })
        #expect(manager.isLeader && manager.address == "10.231.0.1" && manager.state == .ready)
        #expect(manager.availability == .active && manager.hostname == "vm")
        #expect(manager.engineVersion == "20.10.24+dfsg1")
        let worker = try #require(nodes.first { $0.role == .worker })
        #expect(!worker.isLeader && worker.address == "10.231.0.2" && worker.labels.isEmpty)
    }

    @Test func valuesThisBerthDoesNotKnowAreKeptNotRefused() throws {
        let json = #"""
            {"ID":"t1","ServiceID":"s1","Slot":1,"DesiredState":"hibernating",
             "Status":{"State":"thawing","PortStatus":{"Ports":[{"Protocol":"sctp","TargetPort":9,"PublishedPort":9,
             "PublishMode":"sideways"}]}}}
            """#
        let task = SwarmTask(wire: try JSONDecoder().decode(DockerWire.Swarm.Task.self, from: Data(json.utf8)))
        #expect(task.desiredState.rawValue == "hibernating" && task.state.description == "thawing")
        #expect(!task.state.isTerminal)
        #expect(task.publishedPorts.first?.publishMode.rawValue == "sideways")
        #expect(task.publishedPorts.first?.transport == "sctp")

        let service = #"""
            {"ID":"s1","Version":{"Index":3},"Spec":{"Name":"x","TaskTemplate":{"ContainerSpec":{"Image":"x"},
             "RestartPolicy":{"Condition":"sometimes"}},"UpdateConfig":{"FailureAction":"shrug","Order":"middle-first"},
             "EndpointSpec":{"Mode":"anycast"}},"UpdateStatus":{"State":"rollback_wondering"}}
            """#
        let read = SwarmService(wire: try JSONDecoder().decode(DockerWire.Swarm.Service.self, from: Data(service.utf8)))
        #expect(read.updateStatus?.state.rawValue == "rollback_wondering")
        #expect(read.updateStatus?.state.isSettled == false)
        #expect(read.spec.updateConfig?.failureAction.rawValue == "shrug")
        #expect(read.spec.updateConfig?.order.rawValue == "middle-first")
        #expect(read.spec.restartPolicy?.condition.rawValue == "sometimes")
        #expect(read.spec.endpoint.mode.rawValue == "anycast")
        // ...and written back as read.
        #expect(try Self.json(read.spec.wire).contains(#""Order":"middle-first""#))
    }

    @Test func anOverlayNetworkReadsAsNetworkInfo() throws {
        let wire = try Self.decode(DockerWire.Network.self, "network-overlay.json")
        #expect(wire.Name == "berth-fixture-net" && wire.Driver == "overlay" && wire.Scope == "swarm")
        #expect(wire.Labels == ["berth.managed": "true"])
    }

    @Test(arguments: ["push.jsonl", "push-layer-exists.jsonl"])
    func aPushEndsWithTheDigestOfWhatWasPushed(file: String) throws {
        let messages = try Self.pushMessages(file)
        #expect(
            messages.compactMap(\.aux?.Digest)
                == ["sha256:857825669574e23c8cb1436044953f177b9af6f7eae4b42c3587f6458aba6a3e"])
        #expect(messages.allSatisfy { $0.error == nil })
        var log = PullLog()
        #expect(messages.compactMap { log.line(for: $0) }.contains("d9298c490bc3: Preparing"))
    }

    @Test func aRefusedPushCarriesTheRegistrysWordsInTheStream() throws {
        let messages = try Self.pushMessages("push-refused.jsonl")
        #expect(messages.last?.errorDetail?.message?.contains("connection refused") == true)
        #expect(messages.allSatisfy { $0.aux == nil })
    }

    @Test(arguments: [
        (
            503,
            "This node is not a swarm manager. Use \"docker swarm init\" or \"docker swarm join\" to connect this "
                + "node to swarm and try again.", ContainerEngineError.Code.notSwarmManager
        ),
        (
            503,
            "This node is not a swarm manager. Worker nodes can't be used to view or modify cluster state. Please "
                + "run this command on a manager node or promote the current node to a manager.", .notSwarmManager
        ),
        (500, "rpc error: code = Unknown desc = update out of sequence", .conflict),
        (
            409,
            "rpc error: code = AlreadyExists desc = name conflicts with an existing object: service web already "
                + "exists", .conflict
        ),
        (404, "service nope not found", .notFound),
        (
            503,
            "This node is already part of a swarm. Use \"docker swarm leave\" to leave this swarm and join another "
                + "one.", .failed
        ),
    ])
    func swarmRefusalsGetACode(status: Int, message: String, code: ContainerEngineError.Code) {
        #expect(DockerClient.errorCode(status: status, message: message) == code)
    }

    @Test func notAManagerSaysWhatToDo() {
        let error = ContainerEngineError(
            code: .notSwarmManager, request: "GET unix:///var/run/docker.sock/v1.41/services",
            message: "This node is not a swarm manager.")
        #expect(error.description.contains("docker swarm init"))
    }
}
