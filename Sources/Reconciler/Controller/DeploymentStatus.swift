package import Drivers

/// One deployment as `berth status` and `GET /api/v1/deployments` show it: the active container as Docker
/// reports it, the pin and the conditions history keeps.
///
/// `Ready` is never taken from history alone: a Ready condition recorded as `True` reads `False` while the
/// active container is not running, is unhealthy, or is gone (``readiness(active:recorded:)``).
package struct DeploymentStatus: Sendable, Hashable, Encodable {
    package let name: String
    /// Whether the active generation runs the desired spec and is healthy: the `Ready` condition, held against
    /// the container's state.
    package let ready: Bool
    /// The active generation; nil when no container runs.
    package let generation: Int?
    /// The app commit (or image id) it runs.
    package let appCommit: String?
    package let configCommit: String?
    /// The host port it serves on.
    package let port: Int?
    /// `running`, `exited`, …; on the swarm runtime `2/3 tasks running`.
    package let state: String?
    /// Docker's healthcheck verdict, when the container declares one.
    package let health: String?
    /// Set while the deployment is pinned: by `berth rollback`, or by a watch after cutover that rolled back.
    package let pinnedGeneration: Int?
    /// Why it is pinned.
    package let pinReason: String?
    /// The one sentence a person should read first: a stall, why it is not ready, drift, a rollout under way.
    package let message: String
    package let conditions: [Condition]

    /// The status now of every deployment of the controller at `stateDir`: one labelled list call (of its
    /// containers, or on the swarm runtime of its services), the conditions and pins from `history`.
    package static func current(
        engine: any ContainerEngine, history: History, stateDir: String, swarm: SwarmRuntime? = nil
    ) async throws -> [DeploymentStatus] {
        let labels = BerthLabel.owned(by: stateDir)
        let containers =
            if let swarm {
                try await swarm.services(labels: labels, taskCounts: true)
            } else {
                try await engine.listContainers(labels: labels).compactMap(ActualContainer.init)
            }
        return all(
            containers: containers, conditions: try await history.conditions(),
            pins: try await history.pins()
        )
    }

    /// The status of every deployment that has containers or conditions, by name.
    package static func all(containers: [ActualContainer], conditions: [String: [Condition]], pins: [String: Pin])
        -> [DeploymentStatus]
    {
        let names = Set(containers.map(\.deployment)).union(conditions.keys).sorted()
        return names.map { name in
            let active = ActualContainer.active(of: name, in: containers)
            var kept = conditions[name] ?? []
            if let index = kept.firstIndex(where: { $0.kind == .ready }) {
                kept[index] = readiness(active: active, recorded: kept[index])
            }
            let ready = kept.contains { $0.kind == .ready && $0.status == .true }
            return DeploymentStatus(
                name: name, ready: ready, generation: active?.generation, appCommit: active?.commit,
                configCommit: active?.configCommit, port: active?.port, state: active.map(Self.state),
                health: active?.health.map { "\($0)" }, pinnedGeneration: pins[name]?.generation,
                pinReason: pins[name]?.reason,
                message: headline(kept, active: active), conditions: kept
            )
        }
    }

    /// `running`, or for a service `2/3 tasks running`.
    private static func state(_ active: ActualContainer) -> String {
        guard let running = active.runningTasks else { return "\(active.state)" }
        return "\(running)/\(active.replicas ?? 0) tasks running"
    }

    /// The `Ready` condition as the container bears it out: a recorded `True` becomes `False` when the active
    /// container is gone, not running or unhealthy, or fewer of a service's tasks run than it asks for; anything else
    /// stays as recorded.
    package static func readiness(active: ActualContainer?, recorded: Condition) -> Condition {
        guard recorded.status == .true else { return recorded }
        let (reason, message): (String, String)
        switch active {
        case nil:
            (reason, message) = ("ContainerMissing", "no container runs; berth apply (or the controller) starts one")
        case let container? where container.state != .running:
            (reason, message) = ("ContainerNotRunning", "\(container.name) is \(container.state)")
        case let container? where container.health == .unhealthy:
            (reason, message) = ("ContainerUnhealthy", "\(container.name) is running but unhealthy")
        case let service? where (service.runningTasks ?? 0) < (service.replicas ?? 0):
            (reason, message) = ("TasksNotRunning", "service \(service.name): \(state(service))")
        default:
            return recorded
        }
        var derived = recorded
        derived.status = .false
        derived.reason = reason
        derived.message = message
        return derived
    }

    /// The condition a person should read first, as `Reason: message`: Stalled, then a Ready that is not True,
    /// then Drifted, Reconciling, a wait for the team's rollout slot, and last the Ready message; empty when there are
    /// no conditions.
    static func headline(_ conditions: [Condition], active: ActualContainer?) -> String {
        let holding = { (kind: Condition.Kind) in conditions.first { $0.kind == kind && $0.status == .true } }
        let notReady = conditions.first { $0.kind == .ready && $0.status != .true }
        let pick =
            holding(.stalled) ?? notReady ?? holding(.drifted) ?? holding(.reconciling)
            ?? conditions.first(where: \.isQuotaWait) ?? conditions.first { $0.kind == .ready }
        guard let pick else { return active == nil ? "no container and no conditions recorded" : "" }
        return pick.message.isEmpty ? pick.reason : "\(pick.reason): \(pick.message)"
    }
}
