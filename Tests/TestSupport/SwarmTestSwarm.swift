package import Drivers

/// The test engine as a swarm manager, for as long as some real-engine test needs one.
///
/// An engine that is already a manager is used as it is and left so. Otherwise the first test to ask makes it a
/// single-node swarm (`docker swarm init --advertise-addr 127.0.0.1`, swarm port on 127.0.0.1 only) and the last to
/// finish leaves it, so the engine ends the run as it began. Tests pin their tasks to ``SwarmInfo/nodeID`` (a
/// `node.id==` constraint): other nodes of an existing swarm lack the test images and publish elsewhere.
/// ```swift
/// try await SwarmTestSwarm.shared.with(docker) { swarm in
///     spec.placement.constraints = ["node.id==\(swarm.nodeID)"]
///     ...
/// }
/// ```
package actor SwarmTestSwarm {
    /// Why the engine cannot serve as a test swarm (a worker, a swarm in error).
    package struct Unusable: Error, CustomStringConvertible {
        package let description: String
    }

    package static let shared = SwarmTestSwarm()

    private var users = 0
    private var setup: Task<(info: SwarmInfo, created: Bool), any Error>?
    private var teardown: Task<Void, Never>?

    /// Runs `body` with the engine a manager, then gives the swarm up (leaving it if this run made it), whether
    /// `body` threw or not.
    package func with<T: Sendable>(
        _ docker: DockerClient, _ body: @Sendable (SwarmInfo) async throws -> T
    ) async throws -> T {
        let info = try await acquire(docker)
        let result: Result<T, any Error>
        do {
            result = .success(try await body(info))
        } catch {
            result = .failure(error)
        }
        await release(docker)
        return try result.get()
    }

    private func acquire(_ docker: DockerClient) async throws -> SwarmInfo {
        let setup =
            self.setup
            ?? Task { [teardown] in
                await teardown?.value
                return try await Self.becomeManager(docker)
            }
        self.setup = setup
        users += 1
        do {
            return try await setup.value.info
        } catch {
            users -= 1
            if users == 0 { self.setup = nil }
            throw error
        }
    }

    private func release(_ docker: DockerClient) async {
        users -= 1
        guard users == 0, let setup else { return }
        self.setup = nil
        let leaving = Task {
            if let made = try? await setup.value, made.created {
                try? await docker.leaveSwarm(force: true)
            }
        }
        teardown = leaving
        await leaving.value
    }

    private static func becomeManager(_ docker: DockerClient) async throws -> (info: SwarmInfo, created: Bool) {
        let info = try await docker.swarmInfo()
        switch info.localNodeState {
        case .active where info.isManager:
            return (info, false)
        case .inactive:
            try await docker.initSwarm(advertiseAddress: "127.0.0.1", listenAddress: "127.0.0.1:2377")
            return (try await docker.swarmInfo(), true)
        default:
            throw Unusable(
                description: "the test engine is in a swarm as \(info.isManager ? "manager" : "worker") in state "
                    + "\(info.localNodeState) (\(info.error)); swarm tests need a manager or an engine in no swarm")
        }
    }
}
