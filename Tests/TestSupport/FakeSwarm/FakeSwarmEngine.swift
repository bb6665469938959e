package import Drivers
import Foundation
import Synchronization

/// An in-memory Swarm manager (``SwarmEngine``, and the ``HealthProber`` for its tasks' host ports) whose services
/// roll one step each time they are inspected, the way Swarm moves on between two looks of berth's.
///
/// How a service's tasks behave follows their image in `world` (by id): an image that `serves` runs and completes the
/// update; `neverHealthy` or `exits` makes Swarm fail the update's tasks, then roll the service back or pause it as its
/// `UpdateConfig.failureAction` says (a new service just keeps failing tasks). Faults: ``conflictOnNextUpdates(_:)``
/// (another writer moved the service's version), ``stallUpdates`` (an update that never finishes), ``probesFail``
/// (tasks Swarm finds healthy but berth's probe does not), ``fail(_:with:)`` (a call throws).
///
/// ```swift
/// let swarm = FakeSwarmEngine(world: world)
/// ... roll a deployment out with runtime: swarm ...
/// #expect(swarm.services.first?.spec.labels["berth.generation"] == "2")
/// ```
package final class FakeSwarmEngine: SwarmEngine, HealthProber, Sendable {
    /// Where a service's latest create or update stands; it moves one step per inspect.
    private enum Phase: Sendable {
        case starting
        case updating(looks: Int)
        case settled
    }

    private struct Service: Sendable {
        let id: String
        var version: UInt64
        var spec: SwarmServiceSpec
        var previous: SwarmServiceSpec?
        var status: SwarmUpdateStatus?
        var phase: Phase
    }

    private struct State: Sendable {
        var services: [Service] = []
        var networks: [String: [String: String]] = [:]
        var calls: [String] = []
        var conflicts = 0
        var failures: [String: ContainerEngineError] = [:]
        var stalls = false
        var probesFail = false
        var nodes = 1
        var nextID = 1
    }

    /// Looks at an updating service before Swarm finishes it (completes, pauses or starts rolling back).
    static let looksToSettle = 2
    package let nodeID = "node-1"
    private let world: FakeContainerWorld
    private let state = Mutex(State())
    /// Local image ids by the `registry/repository:tag` they were tagged as, and by `registry/repository@digest` once
    /// pushed (apart from `state`: the simulation reads it while it holds `state`).
    private let tagged = Mutex<[String: String]>([:])

    package init(world: FakeContainerWorld) {
        self.world = world
    }

    // MARK: faults and inspection

    /// The calls so far: `createService web`, `updateService web@3`, `inspectService web`, `probe 127.0.0.1:30011`.
    package var calls: [String] { state.withLock { $0.calls } }
    /// The services as the engine holds them now.
    package var services: [SwarmService] { state.withLock { $0.services.map(Self.read) } }
    /// Networks created, with their labels.
    package var networks: [String: [String: String]] { state.withLock { $0.networks } }

    /// The next `count` updates fail as stale (another writer updated the service first; its version moves on).
    package func conflictOnNextUpdates(_ count: Int) { state.withLock { $0.conflicts = count } }
    /// Creates and updates from now on never finish: the new tasks never run (no node fits, an image that never
    /// arrives).
    package func stallUpdates() { state.withLock { $0.stalls = true } }
    /// The swarm has `count` nodes (one by default); its tasks still all run on this engine's.
    package func setNodes(_ count: Int) { state.withLock { $0.nodes = count } }
    /// Tasks pass Swarm's health check but fail berth's probes.
    package func failProbes() { state.withLock { $0.probesFail = true } }
    /// Adds a service as if someone had created it outside berth.
    package func addService(_ spec: SwarmServiceSpec) {
        state.withLock { state in
            state.services.append(
                Service(
                    id: "foreign\(state.nextID)", version: 1, spec: spec, previous: nil, status: nil, phase: .settled))
            state.nextID += 1
        }
    }

    /// The next call of `operation` (`createService`, `updateService`, `listTasks`, ...) throws `error`.
    package func fail(_ operation: String, with error: ContainerEngineError) {
        state.withLock { $0.failures[operation] = error }
    }

    // MARK: SwarmEngine

    package func swarmInfo() async throws -> SwarmInfo {
        try record("swarmInfo", "")
        return SwarmInfo(
            localNodeState: .active, isManager: true, nodeID: nodeID, nodeAddress: "127.0.0.1",
            nodes: state.withLock { $0.nodes })
    }

    package func listNodes() async throws -> [SwarmNode] {
        try record("listNodes", "")
        return []
    }

    package func listServices(labels: [String: String], taskCounts: Bool) async throws -> [SwarmService] {
        try record("listServices", "")
        return state.withLock { state in
            state.services.filter { service in labels.allSatisfy { service.spec.labels[$0.key] == $0.value } }
                .map(Self.read)
        }
    }

    package func inspectService(_ idOrName: String) async throws -> SwarmService {
        try record("inspectService", idOrName)
        return try state.withLock { state in
            guard let index = state.services.firstIndex(where: { $0.id == idOrName || $0.spec.name == idOrName }) else {
                throw Self.error(.notFound, "GET /services/\(idOrName)", "service \(idOrName) not found")
            }
            advance(&state.services[index], stalls: state.stalls)
            return Self.read(state.services[index])
        }
    }

    package func createService(_ spec: SwarmServiceSpec, auth: RegistryAuth?) async throws -> String {
        try record("createService", spec.name)
        return try state.withLock { state in
            guard !state.services.contains(where: { $0.spec.name == spec.name }) else {
                throw Self.error(.conflict, "POST /services/create", "name conflicts with an existing object")
            }
            let id = "service\(state.nextID)"
            state.nextID += 1
            state.services.append(Service(id: id, version: 1, spec: spec, previous: nil, status: nil, phase: .starting))
            return id
        }
    }

    package func updateService(_ id: String, version: UInt64, spec: SwarmServiceSpec, auth: RegistryAuth?) async throws
    {
        try record("updateService", "\(spec.name)@\(version)")
        try state.withLock { state in
            guard let index = state.services.firstIndex(where: { $0.id == id }) else {
                throw Self.error(.notFound, "POST /services/\(id)/update", "service \(id) not found")
            }
            if state.conflicts > 0 {
                state.conflicts -= 1
                state.services[index].version += 1
                throw Self.error(.conflict, "POST /services/\(id)/update", "update out of sequence")
            }
            guard state.services[index].version == version else {
                throw Self.error(.conflict, "POST /services/\(id)/update", "update out of sequence")
            }
            state.services[index].previous = state.services[index].spec
            state.services[index].spec = spec
            state.services[index].version += 1
            state.services[index].status = nil
            state.services[index].phase = .updating(looks: 0)
        }
    }

    package func removeService(_ idOrName: String) async throws {
        try record("removeService", idOrName)
        try state.withLock { state in
            guard let index = state.services.firstIndex(where: { $0.id == idOrName || $0.spec.name == idOrName }) else {
                throw Self.error(.notFound, "DELETE /services/\(idOrName)", "service \(idOrName) not found")
            }
            state.services.remove(at: index)
        }
    }

    package func listTasks(services: [String], desiredStates: [SwarmTaskState]) async throws -> [SwarmTask] {
        try record("listTasks", services.joined(separator: ","))
        let listed = state.withLock { state in
            state.services.filter { services.isEmpty || services.contains($0.id) }
        }
        return listed.flatMap(tasks)
    }

    package func ensureOverlayNetwork(name: String, labels: [String: String]) async throws -> NetworkInfo {
        try record("ensureOverlayNetwork", name)
        state.withLock { state in
            if state.networks[name] == nil { state.networks[name] = labels }
        }
        return NetworkInfo(id: "net-\(name)", name: name, driver: "overlay", scope: "swarm", labels: labels)
    }

    package func removeNetwork(_ idOrName: String) async throws {
        try record("removeNetwork", idOrName)
        _ = state.withLock { $0.networks.removeValue(forKey: idOrName) }
    }

    package func tagImage(_ source: String, as target: String) async throws {
        try record("tagImage", target)
        tagged.withLock { $0[target] = source }
    }

    /// Stores the image tagged `reference` under a digest that is its id (a real registry's digest is the
    /// manifest's, another hash), so tasks of `repository@digest` behave as that image does.
    package func pushImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> String {
        try record("pushImage", reference)
        let id = try tagged.withLock { tagged in
            guard let id = tagged[reference], let tag = reference.lastIndex(of: ":") else {
                throw Self.error(.notFound, "POST /images/\(reference)/push", "An image does not exist locally")
            }
            tagged[reference[..<tag] + "@" + id] = id
            return id
        }
        progress("\(id.prefix(19)): Pushed")
        return id
    }

    // MARK: HealthProber

    /// Passes when a running task of an image that serves publishes `port` (and probes are not made to fail).
    package func check(_ probe: HealthProbe, host: String, port: Int, timeout: Duration) async -> HealthProbe.Outcome {
        try? record("probe", "\(host):\(port)")
        let (services, probesFail) = state.withLock { ($0.services, $0.probesFail) }
        let answering = services.flatMap(tasks).contains { task in
            task.state == .running && task.publishedPorts.contains { $0.publishedPort == port }
        }
        if answering && !probesFail { return .passed }
        return .failed(answering ? "HTTP 503" : "connection refused")
    }

    // MARK: the simulation

    private func behaviour(_ spec: SwarmServiceSpec) -> FakeImage.Behaviour {
        let image = tagged.withLock { $0[spec.container.image] } ?? spec.container.image
        return world.images.first { $0.id == image }?.behaviour ?? .exits(code: 125)
    }

    /// One step of Swarm's work between two looks.
    private func advance(_ service: inout Service, stalls: Bool) {
        guard case .updating(let looks) = service.phase else {
            if case .starting = service.phase, !stalls { service.phase = .settled }
            return
        }
        let healthy = behaviour(service.spec) == .serves
        let action = service.spec.updateConfig?.failureAction ?? .pause
        switch looks + 1 {
        case ..<Self.looksToSettle:
            service.status = SwarmUpdateStatus(state: .updating, message: "update in progress")
            service.phase = .updating(looks: looks + 1)
        case Self.looksToSettle where stalls:
            service.status = SwarmUpdateStatus(state: .updating, message: "update in progress")
        case Self.looksToSettle where healthy:
            service.status = SwarmUpdateStatus(state: .completed, message: "update completed")
            service.phase = .settled
        case Self.looksToSettle where action == .rollback:
            service.status = SwarmUpdateStatus(
                state: .rollbackStarted, message: "update rolled back due to failure or early termination of task x")
            service.phase = .updating(looks: looks + 1)
        case Self.looksToSettle:
            service.status = SwarmUpdateStatus(
                state: .paused, message: "update paused due to failure or early termination of task x")
            service.phase = .settled
        default:
            // Swarm's rollback puts the previous spec back, labels and all.
            if let previous = service.previous { service.spec = previous }
            service.version += 1
            service.status = SwarmUpdateStatus(state: .rollbackCompleted, message: "rollback completed")
            service.phase = .settled
        }
    }

    /// The tasks Swarm runs for `service` where its update stands: the current spec's once settled (failing when its
    /// image does not serve), the previous spec's while an update is under way or when one paused.
    private func tasks(_ service: Service) -> [SwarmTask] {
        let replicas: Int
        if case .replicated(let count) = service.spec.mode { replicas = count } else { replicas = 1 }
        var running: SwarmServiceSpec? = service.spec
        var failing: SwarmServiceSpec?
        switch service.phase {
        case .starting:
            running = nil
        case .updating:
            running = service.previous
            failing = behaviour(service.spec) == .serves ? nil : service.spec
        case .settled where service.status?.state == .paused:
            running = service.previous
            failing = service.spec
        case .settled:
            if behaviour(service.spec) != .serves {
                failing = service.spec
                running = nil
            }
        }
        var tasks: [SwarmTask] = []
        for slot in 1...max(1, replicas) where replicas > 0 {
            if let spec = running {
                tasks.append(task(service, spec, slot: slot, state: .running))
            }
            if let spec = failing {
                tasks.append(task(service, spec, slot: slot, state: .failed))
            }
        }
        return tasks
    }

    private func task(_ service: Service, _ spec: SwarmServiceSpec, slot: Int, state: SwarmTaskState) -> SwarmTask {
        let generation = Int(spec.container.labels["berth.generation"] ?? "") ?? 0
        let ports = spec.endpoint.ports.prefix(1).map {
            SwarmPortConfig(targetPort: $0.targetPort, publishedPort: 30000 + generation * 10 + slot)
        }
        let failure: String? =
            switch behaviour(spec) {
            case .serves: nil
            case .neverHealthy: "task: unhealthy container"
            case .exits(let code): "task: non-zero exit (\(code))"
            }
        return SwarmTask(
            id: "\(service.id).\(generation).\(slot)", serviceID: service.id, nodeID: nodeID, slot: slot,
            desiredState: state == .running ? .running : .shutdown, state: state,
            error: state == .running ? nil : failure, publishedPorts: state == .running ? Array(ports) : [],
            image: spec.container.image, containerLabels: spec.container.labels)
    }

    private static func read(_ service: Service) -> SwarmService {
        SwarmService(id: service.id, version: service.version, spec: service.spec, updateStatus: service.status)
    }

    private func record(_ operation: String, _ target: String) throws {
        let failure = state.withLock { state in
            state.calls.append(target.isEmpty ? operation : "\(operation) \(target)")
            return state.failures.removeValue(forKey: operation)
        }
        if let failure { throw failure }
    }

    private static func error(_ code: ContainerEngineError.Code, _ request: String, _ message: String)
        -> ContainerEngineError
    {
        ContainerEngineError(code: code, request: request, message: message)
    }
}
