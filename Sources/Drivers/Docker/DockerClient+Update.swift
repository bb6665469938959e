import Foundation
import Logging

extension DockerClient {
    /// `POST /containers/{id}/update`: limits and restart policy, in place. A limit left nil is not sent, so the
    /// engine keeps what the container has (it cannot lift a limit in place: 0 means "unchanged" to it).
    package func updateContainer(
        _ idOrName: String, resources: ResourceLimits, restartPolicy: ContainerRestartPolicy
    ) async throws {
        logger.debug("update container", metadata: ["container.name": "\(idOrName)"])
        let body = try Self.jsonBody(Self.updateBody(resources: resources, restartPolicy: restartPolicy))
        _ = try await bytes("POST", "/containers/\(Self.escape(idOrName))/update", body: body)
    }

    /// The engine's update body. `MemorySwap` goes with `Memory`: the engine refuses a memory limit above the
    /// container's memory-swap limit, and create leaves memory-swap to the engine, which makes it twice the memory
    /// limit; the update keeps that ratio.
    static func updateBody(resources: ResourceLimits, restartPolicy: ContainerRestartPolicy) -> ContainerUpdate {
        ContainerUpdate(
            Memory: resources.memoryBytes.map { Int64($0) },
            MemorySwap: resources.memoryBytes.map { Int64($0) * 2 },
            NanoCpus: resources.cpus.map { Int64(($0 * 1e9).rounded()) },
            RestartPolicy: .init(Name: restartPolicy.engineName, MaximumRetryCount: restartPolicy.maximumRetries)
        )
    }

    /// `POST /containers/{id}/update`'s body; nil fields are left out (unchanged).
    struct ContainerUpdate: Encodable {
        let Memory: Int64?
        let MemorySwap: Int64?
        let NanoCpus: Int64?
        let RestartPolicy: DockerWire.ContainerCreate.HostConfig.RestartPolicy
    }
}
