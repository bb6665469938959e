import Drivers
import Foundation
import Reconciler
import Testing

/// `berth status` never shows a deployment as ready beside a container that does not serve.
@Suite struct DeploymentStatusTests {
    static let ready = Condition(
        .ready, .true, reason: "RolloutSucceeded", message: "generation 3 serves", observedConfigCommit: "c0ffee")

    static func container(_ state: ContainerState, health: HealthStatus? = nil, generation: Int = 3)
        -> ActualContainer
    {
        ActualContainer(
            id: "id\(generation)", name: "web-\(generation)", deployment: "web", generation: generation, specHash: "h",
            commit: "3f2a9c1d0e4b5a6f", port: 21034, state: state, health: health)
    }

    static func status(_ containers: [ActualContainer], _ conditions: [Condition] = [ready]) -> DeploymentStatus? {
        DeploymentStatus.all(containers: containers, conditions: ["web": conditions], pins: [:]).first
    }

    @Test func aRunningHealthyContainerKeepsTheRecordedReadiness() throws {
        let status = try #require(Self.status([Self.container(.running, health: .healthy)]))
        #expect(status.ready)
        #expect(status.conditions == [Self.ready])
        #expect(status.message == "RolloutSucceeded: generation 3 serves")
        #expect(status.appCommit == "3f2a9c1d0e4b5a6f" && status.port == 21034 && status.generation == 3)
    }

    @Test(arguments: [
        (ContainerState.exited, HealthStatus?.none, "ContainerNotRunning", "web-3 is exited"),
        (.dead, nil, "ContainerNotRunning", "web-3 is dead"),
        (.running, .unhealthy, "ContainerUnhealthy", "web-3 is running but unhealthy"),
    ])
    func aContainerThatDoesNotServeIsNotReady(
        state: ContainerState, health: HealthStatus?, reason: String, message: String
    ) throws {
        let status = try #require(Self.status([Self.container(state, health: health)]))
        #expect(!status.ready)
        let condition = try #require(status.conditions.first { $0.kind == .ready })
        #expect(condition.status == .false && condition.reason == reason && condition.message == message)
        #expect(status.message == "\(reason): \(message)")
    }

    @Test func aVanishedContainerIsNotReadyAndSaysWhatToDo() throws {
        let status = try #require(Self.status([]))
        #expect(!status.ready && status.generation == nil)
        #expect(status.message.hasPrefix("ContainerMissing: no container runs; berth apply"))
    }

    @Test func aCandidateIsNotTheActiveGenerationAndStalledComesFirst() throws {
        let stalled = Condition(
            .stalled, .true, reason: "ReviewBlocked", message: "blocked: high secret.private-key",
            observedConfigCommit: "c0ffee")
        let candidate = ActualContainer(
            id: "c4", name: "web-4-candidate", deployment: "web", generation: 4, specHash: "h", state: .running)
        let status = try #require(Self.status([Self.container(.running), candidate], [Self.ready, stalled]))
        #expect(status.generation == 3)
        #expect(status.ready)
        #expect(status.message == "ReviewBlocked: blocked: high secret.private-key")
    }

    @Test func aRecordedFalseStaysAsItWas() throws {
        let failed = Condition(
            .ready, .false, reason: "HealthCheckFailed", message: "no answer on /healthz", observedConfigCommit: "c")
        let status = try #require(Self.status([Self.container(.exited)], [failed]))
        #expect(status.conditions == [failed])
        #expect(status.message == "HealthCheckFailed: no answer on /healthz")
    }

    @Test func jsonUsesTheSharedVocabulary() throws {
        let status = try #require(Self.status([Self.container(.running)]))
        let object = try #require(
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(status)) as? [String: Any])
        #expect(object["appCommit"] as? String == "3f2a9c1d0e4b5a6f")
        #expect(object["commit"] == nil)
        #expect(object["ready"] as? Bool == true)
        #expect(object["name"] as? String == "web" && object["port"] as? Int == 21034)
    }

    @Test func aServiceShowsItsTasksAndIsNotReadyWhileFewerRunThanItAsksFor() throws {
        var service = Self.container(.running)
        service.name = "web"
        service.replicas = 3
        service.runningTasks = 3
        let serving = try #require(Self.status([service]))
        #expect(serving.ready && serving.state == "3/3 tasks running")
        service.runningTasks = 1
        let short = try #require(Self.status([service]))
        #expect(!short.ready && short.state == "1/3 tasks running")
        #expect(short.message == "TasksNotRunning: service web: 1/3 tasks running")
    }
}
