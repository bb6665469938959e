/// The container each of a service's tasks runs (`TaskTemplate.ContainerSpec`).
///
/// Read back from the engine, values come as Swarm keeps them: capabilities with their `CAP_` prefix, environment
/// entries without `=` as empty values, and only volume and bind mounts (others are left out).
package struct SwarmContainerSpec: Sendable, Hashable {
    /// Image reference; on more than one node, a registry reference pinned by digest.
    package var image: String
    /// Labels on the tasks' containers (the service's own labels are ``SwarmServiceSpec/labels``).
    package var labels: [String: String] = [:]
    /// Environment variables; values may be opened secrets, so they are never logged.
    package var environment: [String: String] = [:]
    /// Replaces the image's `ENTRYPOINT` when set (the engine's `Command`).
    package var entrypoint: [String]?
    /// Replaces the image's `CMD` when set (the engine's `Args`), as ``ContainerSpec/command`` does.
    package var command: [String]?
    /// `user`, `uid` or `uid:gid`; `nil` for the image's.
    package var user: String?
    /// Docker's init process as PID 1 (forwards signals, reaps zombies).
    package var runsInit = false
    /// The health check Swarm gates updates on: a task counts as running once it is healthy.
    package var healthCheck: ContainerHealthCheck?
    package var mounts: [ContainerMount] = []
    /// How long a task's container gets between SIGTERM and SIGKILL; `nil` for the engine's default (10 s).
    package var stopGracePeriod: Duration?
    /// Capabilities added to the default set (`NET_ADMIN`; Swarm stores them as `CAP_NET_ADMIN`).
    package var capabilitiesAdded: [String] = []

    package init(image: String) {
        self.image = image
    }

    var wire: DockerWire.Swarm.ContainerSpec {
        DockerWire.Swarm.ContainerSpec(
            Image: image, Labels: labels.isEmpty ? nil : labels, Command: entrypoint, Args: command,
            Env: environment.isEmpty ? nil : environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" },
            User: user, Init: runsInit ? true : nil, Mounts: mounts.isEmpty ? nil : mounts.map(Self.wireMount),
            StopGracePeriod: stopGracePeriod?.nanoseconds,
            Healthcheck: healthCheck.map {
                .init(
                    Test: $0.engineTest, Interval: $0.interval.nanoseconds, Timeout: $0.timeout.nanoseconds,
                    StartPeriod: $0.startPeriod.nanoseconds, Retries: $0.retries)
            },
            CapabilityAdd: capabilitiesAdded.isEmpty ? nil : capabilitiesAdded)
    }

    init(wire: DockerWire.Swarm.ContainerSpec) {
        self.init(image: wire.Image)
        labels = wire.Labels ?? [:]
        for entry in wire.Env ?? [] {
            let parts = entry.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            environment[String(parts[0])] = parts.count > 1 ? String(parts[1]) : ""
        }
        entrypoint = wire.Command
        command = wire.Args
        user = wire.User.flatMap { $0.isEmpty ? nil : $0 }
        runsInit = wire.Init ?? false
        healthCheck = wire.Healthcheck.flatMap(Self.healthCheck)
        mounts = (wire.Mounts ?? []).compactMap(Self.mount)
        stopGracePeriod = wire.StopGracePeriod.map { .nanoseconds($0) }
        capabilitiesAdded = wire.CapabilityAdd ?? []
    }

    private static func wireMount(_ mount: ContainerMount) -> DockerWire.Swarm.Mount {
        switch mount.source {
        case .volume(let name):
            .init(Type: "volume", Source: name, Target: mount.target, ReadOnly: mount.readOnly ? true : nil)
        case .bind(let path):
            .init(Type: "bind", Source: path, Target: mount.target, ReadOnly: mount.readOnly ? true : nil)
        }
    }

    private static func mount(_ wire: DockerWire.Swarm.Mount) -> ContainerMount? {
        let readOnly = wire.ReadOnly ?? false
        switch wire.Type {
        case "volume":
            return ContainerMount(source: .volume(wire.Source ?? ""), target: wire.Target, readOnly: readOnly)
        case "bind": return ContainerMount(source: .bind(wire.Source ?? ""), target: wire.Target, readOnly: readOnly)
        default: return nil
        }
    }

    /// `nil` for an empty test (the image's health check applies).
    private static func healthCheck(_ wire: DockerWire.Swarm.HealthConfig) -> ContainerHealthCheck? {
        guard let test = wire.Test, let kind = test.first else { return nil }
        let engineTest: ContainerHealthCheck.Test
        switch kind {
        case "NONE": engineTest = .disabled
        case "CMD-SHELL": engineTest = .shell(test.dropFirst().joined(separator: " "))
        case "CMD": engineTest = .exec(Array(test.dropFirst()))
        default: engineTest = .exec(test)
        }
        return ContainerHealthCheck(
            test: engineTest, interval: .nanoseconds(wire.Interval ?? 0), timeout: .nanoseconds(wire.Timeout ?? 0),
            startPeriod: .nanoseconds(wire.StartPeriod ?? 0), retries: wire.Retries ?? 0)
    }
}
