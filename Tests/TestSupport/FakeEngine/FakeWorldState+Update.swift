import Drivers

extension FakeWorldState {
    /// `docker update`: limits given replace the container's, nil ones stay; the restart policy is replaced.
    mutating func updateContainer(
        _ idOrName: String, resources: ResourceLimits, restartPolicy: ContainerRestartPolicy
    ) throws {
        let index = try index(ofContainer: idOrName, "update \(idOrName)")
        if let cpus = resources.cpus { containers[index].resources.cpus = cpus }
        if let memory = resources.memoryBytes { containers[index].resources.memoryBytes = memory }
        containers[index].restartPolicy = restartPolicy
    }
}
