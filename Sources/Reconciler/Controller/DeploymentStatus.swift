package import Drivers

/// One deployment as `berth status` and `GET /api/v1/deployments` show it: the active container as Docker
/// reports it, the pin and the conditions history keeps.
package struct DeploymentStatus: Sendable, Hashable, Encodable {
    package let name: String
    /// The active generation; nil when no container runs.
    package let generation: Int?
    /// The app commit (or image id) it runs.
    package let commit: String?
    package let configCommit: String?
    /// The host port it serves on, on 127.0.0.1.
    package let port: Int?
    /// `running`, `exited`, …
    package let state: String?
    /// Docker's healthcheck verdict, when the container declares one.
    package let health: String?
    /// Set while `berth rollback` pins the deployment.
    package let pinnedGeneration: Int?
    package let conditions: [Condition]

    /// The status now of every deployment of the controller at `stateDir`: one labelled list call, the conditions
    /// and pins from `history`.
    package static func current(engine: any ContainerEngine, history: History, stateDir: String) async throws
        -> [DeploymentStatus]
    {
        let containers = try await engine.listContainers(labels: BerthLabel.owned(by: stateDir))
            .compactMap(ActualContainer.init)
        return all(
            containers: containers, conditions: try await history.conditions(),
            pins: try await history.pins().mapValues(\.generation)
        )
    }

    /// The status of every deployment that has containers or conditions, by name.
    package static func all(containers: [ActualContainer], conditions: [String: [Condition]], pins: [String: Int])
        -> [DeploymentStatus]
    {
        let names = Set(containers.map(\.deployment)).union(conditions.keys).sorted()
        return names.map { name in
            let active = containers.filter { $0.deployment == name && !$0.isCandidate }.max {
                $0.generation < $1.generation
            }
            return DeploymentStatus(
                name: name, generation: active?.generation, commit: active?.commit, configCommit: active?.configCommit,
                port: active?.port, state: active.map { "\($0.state)" }, health: active?.health.map { "\($0)" },
                pinnedGeneration: pins[name], conditions: conditions[name] ?? []
            )
        }
    }
}
