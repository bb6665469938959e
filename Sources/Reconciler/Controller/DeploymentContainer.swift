package import Drivers
package import Foundation

/// One container of a deployment as `berth ps` shows it: berth's labels from the list call, then what inspecting
/// it tells (start time, exit code, the ports the engine bound, the network).
package struct DeploymentContainer: Sendable, Hashable {
    package let container: ActualContainer
    /// Whether this is the generation that serves (the newest that is not a candidate).
    package let isActive: Bool
    package let startedAt: Date?
    package let finishedAt: Date?
    /// The last run's exit code (0 while running).
    package let exitCode: Int
    /// Ports the engine published, with the host address and port it bound (bridge networks).
    package let ports: [PublishedPort]
    /// `host`, `bridge`, a network name.
    package let networkMode: String

    package init(
        container: ActualContainer, isActive: Bool, startedAt: Date?, finishedAt: Date?, exitCode: Int,
        ports: [PublishedPort], networkMode: String
    ) {
        self.container = container
        self.isActive = isActive
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.exitCode = exitCode
        self.ports = ports
        self.networkMode = networkMode
    }

    /// Every container of the controller at `stateDir`, by deployment name and newest generation first: one
    /// labelled list call, then one inspect per container (a container removed in between is left out).
    package static func current(engine: any ContainerEngine, stateDir: String) async throws -> [DeploymentContainer] {
        let containers = try await engine.listContainers(labels: BerthLabel.owned(by: stateDir))
            .compactMap(ActualContainer.init)
        let details = try await withThrowingTaskGroup(of: ContainerDetails?.self) { group in
            for container in containers {
                group.addTask {
                    do {
                        return try await engine.inspectContainer(container.id)
                    } catch let error as ContainerEngineError where error.code == .notFound {
                        return nil
                    }
                }
            }
            var found: [String: ContainerDetails] = [:]
            for try await case let details? in group { found[details.id] = details }
            return found
        }
        return containers.compactMap { container in
            guard let inspected = details[container.id] else { return nil }
            return DeploymentContainer(
                container: container,
                isActive: ActualContainer.active(of: container.deployment, in: containers)?.id == container.id,
                startedAt: inspected.startedAt, finishedAt: inspected.finishedAt, exitCode: inspected.exitCode,
                ports: inspected.ports, networkMode: inspected.networkMode
            )
        }.sorted {
            ($0.container.deployment, -$0.container.generation) < ($1.container.deployment, -$1.container.generation)
        }
    }
}
