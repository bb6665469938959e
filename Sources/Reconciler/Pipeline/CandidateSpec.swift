import Drivers
import Foundation
import Manifest

/// The container spec of a new generation: name, image, berth's labels (DESIGN §3), env with `PORT` and opened
/// secrets, ports, limits, network, volumes, command, log rotation.
struct CandidateSpec {
    let deployment: Deployment
    let generation: Int
    let image: String
    let specHash: String
    let appCommit: String
    let configCommit: String
    let port: ServingPort
    /// The owning controller's state dir (``BerthLabel/controller``).
    let stateDir: String
    /// `secretEnv` opened with the controller's key, in memory only.
    let secrets: [String: String]

    var containerSpec: ContainerSpec {
        let spec = deployment.spec
        var container = ContainerSpec(
            name: ContainerName.candidate(deployment.name, generation: generation), image: image
        )
        container.labels = deployment.labels.merging(labels) { _, berth in berth }
        var environment = spec.env.merging(secrets) { plain, _ in plain }
        if let appPort = port.appPort { environment["PORT"] = String(appPort) }
        container.environment = environment
        container.command = spec.command
        container.ports = portMappings
        container.networkMode = spec.network.name
        container.restartPolicy = restartPolicy
        container.resources = ResourceLimits(
            cpus: spec.resources.nanoCPUs.map { Double($0) / 1e9 }, memoryBytes: spec.resources.memoryBytes
        )
        container.healthCheck = dockerHealthCheck
        container.mounts = spec.volumes.map { volume in
            switch volume.source {
            case .named(let name):
                Drivers.ContainerMount(
                    source: .volume(Self.volumeName(deployment.name, name)), target: volume.mountPath,
                    readOnly: volume.readOnly
                )
            case .hostPath(let path):
                Drivers.ContainerMount(source: .bind(path), target: volume.mountPath, readOnly: volume.readOnly)
            }
        }
        container.logRotation = .standard
        container.stopTimeout = spec.stopGracePeriod
        container.privileged = spec.privileged
        container.runsInit = spec.runsInit
        container.capabilitiesAdded = spec.capAdd
        container.devices = spec.devices
        return container
    }

    /// The Docker volume behind a manifest's named volume: `berth-<deployment>-<name>`.
    static func volumeName(_ deployment: String, _ name: String) -> String { "berth-\(deployment)-\(name)" }

    private var labels: [String: String] {
        var labels = BerthLabel.owned(by: stateDir).merging([
            BerthLabel.deployment: deployment.name,
            BerthLabel.generation: String(generation),
            BerthLabel.specHash: specHash,
            BerthLabel.commit: appCommit,
            BerthLabel.configCommit: configCommit,
            BerthLabel.role: BerthLabel.Role.deployment.rawValue,
        ]) { _, new in new }
        if let hostPort = port.hostPort { labels[BerthLabel.port] = String(hostPort) }
        return labels
    }

    private var portMappings: [Drivers.PublishedPort] {
        guard deployment.spec.network != .host else { return [] }
        return deployment.spec.ports.enumerated().map { index, mapping in
            let hostPort = index == 0 ? port.hostPort : mapping.host
            return Drivers.PublishedPort(containerPort: mapping.container, hostPort: hostPort, hostIP: mapping.hostIP)
        }
    }

    private var restartPolicy: Drivers.ContainerRestartPolicy {
        switch deployment.spec.restartPolicy {
        case .no: .no
        case .always: .always
        case .unlessStopped: .unlessStopped
        case .onFailure: .onFailure(maximumRetries: 0)
        }
    }

    /// An `exec` probe runs as Docker's own healthcheck (the engine execs it); berth reads the verdict.
    private var dockerHealthCheck: Drivers.ContainerHealthCheck? {
        guard let health = deployment.spec.health, case .exec(let command) = health.probe else { return nil }
        return Drivers.ContainerHealthCheck(
            test: .exec(command), interval: health.interval, timeout: health.timeout, startPeriod: health.startPeriod,
            retries: 3
        )
    }
}
