package import Drivers

/// Finds the container whose output `berth logs NAME` shows: by berth's labels (deployment and generation), never
/// by container name, which changes with every generation.
package enum AppContainerLookup {
    /// Why no container answers: names the deployment and says what to do.
    package struct NotFound: Error, CustomStringConvertible {
        package let deployment: String
        /// The generation asked for; nil for the active one.
        package let generation: Int?
        /// The generations that do have a container (candidates among them).
        package let existing: [ActualContainer]

        package var description: String {
            let others = existing.map { "\($0.generation)\($0.isCandidate ? " (a candidate)" : "")" }
                .joined(separator: ", ")
            if let generation {
                let kept = existing.isEmpty ? "it has no container at all" : "it has generation \(others)"
                return "\(deployment) has no container of generation \(generation) (berth removes a generation's "
                    + "container once a newer one is swapped in); \(kept). A past rollout's own log: "
                    + "berth history \(deployment), then berth logs --run RUN-ID"
            }
            if !existing.isEmpty {
                return "\(deployment) has no active container yet, only generation \(others), still being started; "
                    + "berth logs \(deployment) --generation \(existing[0].generation) shows its output"
            }
            return "\(deployment) has no container on this engine: it is not deployed (yet), failed before it "
                + "started, or was pruned. berth status shows why; berth apply starts it"
        }
    }

    /// The container of `generation` of `deployment`, or its active container when `generation` is nil, among the
    /// containers of the controller at `stateDir`.
    /// - Throws: ``NotFound`` when there is none; the engine's errors.
    package static func container(
        of deployment: String, generation: Int?, engine: any ContainerEngine, stateDir: String
    ) async throws -> ActualContainer {
        let containers = try await engine.listContainers(labels: BerthLabel.owned(by: stateDir, deployment: deployment))
            .compactMap(ActualContainer.init).filter { $0.deployment == deployment }
            .sorted { $0.generation > $1.generation }
        let found =
            if let generation {
                containers.filter { $0.generation == generation }.min { !$0.isCandidate && $1.isCandidate }
            } else {
                ActualContainer.active(of: deployment, in: containers)
            }
        guard let found else { throw NotFound(deployment: deployment, generation: generation, existing: containers) }
        return found
    }
}
