import Drivers
import Foundation
import Manifest

/// The container spec of a new generation: name, image, berth's labels (DESIGN §3), env with `PORT` and opened
/// secrets, ports, limits, network, volumes, command, log rotation.
struct CandidateSpec {
    let inputs: GenerationInputs
    let port: ServingPort

    var containerSpec: ContainerSpec {
        let deployment = inputs.deployment
        let spec = deployment.spec
        var container = ContainerSpec(
            name: ContainerName.candidate(deployment.name, generation: inputs.generation), image: inputs.image
        )
        container.labels = deployment.labels.merging(labels) { _, berth in berth }
        container.environment = inputs.environment(appPort: port.appPort)
        container.command = spec.command
        container.ports = portMappings
        container.networkMode = spec.network.name
        container.restartPolicy = restartPolicy
        container.resources = inputs.resourceLimits
        container.healthCheck = dockerHealthCheck
        container.mounts = inputs.mounts
        container.logRotation = .standard
        container.stopTimeout = spec.stopGracePeriod
        container.privileged = spec.privileged
        container.runsInit = spec.runsInit
        container.user = spec.user
        container.capabilitiesAdded = spec.capAdd
        container.devices = spec.devices
        return container
    }

    /// berth's labels, with `berth.port` where the candidate serves.
    private var labels: [String: String] {
        var labels = inputs.labels
        if let hostPort = port.hostPort { labels[BerthLabel.port] = String(hostPort) }
        return labels
    }

    private var portMappings: [Drivers.PublishedPort] {
        guard inputs.deployment.spec.network != .host else { return [] }
        return inputs.deployment.spec.ports.enumerated().map { index, mapping in
            let hostPort = index == 0 ? port.hostPort : mapping.host
            return Drivers.PublishedPort(containerPort: mapping.container, hostPort: hostPort, hostIP: mapping.hostIP)
        }
    }

    private var restartPolicy: Drivers.ContainerRestartPolicy {
        switch inputs.deployment.spec.restartPolicy {
        case .no: .no
        case .always: .always
        case .unlessStopped: .unlessStopped
        case .onFailure: .onFailure(maximumRetries: 0)
        }
    }

    /// An `exec` probe runs as Docker's own healthcheck (the engine execs it); berth reads the verdict.
    private var dockerHealthCheck: Drivers.ContainerHealthCheck? {
        guard let health = inputs.deployment.spec.health, case .exec(let command) = health.probe else { return nil }
        return Drivers.ContainerHealthCheck(
            test: .exec(command), interval: health.interval, timeout: health.timeout, startPeriod: health.startPeriod,
            retries: 3
        )
    }
}
