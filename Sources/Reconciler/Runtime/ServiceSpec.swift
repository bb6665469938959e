import Drivers
import Manifest

/// The Swarm service of a new generation (DESIGN §13): one service named after the deployment, carrying berth's labels
/// (updated in place on each rollout; the tasks' containers carry them too, so a task tells its generation), env with
/// `PORT` and opened secrets, replicas, placement, Swarm's update and rollback settings from `spec.rollout` in the order
/// `spec.strategy` names, the health check in the container spec (Swarm gates its update on it), resources as limits
/// and reservations, the overlay network ``SwarmRuntime/network`` and ports published in host mode, one per task.
struct ServiceSpec {
    /// Its image is an id or digest: a tag would make every task start try to pull it.
    let inputs: GenerationInputs

    private var deployment: Deployment { inputs.deployment }

    var serviceSpec: SwarmServiceSpec {
        let spec = deployment.spec
        var service = SwarmServiceSpec(name: deployment.name, image: inputs.image)
        service.labels = deployment.labels.merging(inputs.labels) { _, berth in berth }
        service.container.labels = inputs.labels
        service.container.environment = inputs.environment(appPort: appPort)
        service.container.command = spec.command
        service.container.runsInit = spec.runsInit
        service.container.user = spec.user
        service.container.stopGracePeriod = spec.stopGracePeriod
        service.container.capabilitiesAdded = spec.capAdd
        service.container.healthCheck = healthCheck
        service.container.mounts = inputs.mounts
        service.limits = inputs.resourceLimits
        service.reservations = inputs.resourceLimits
        service.restartPolicy = SwarmRestartPolicy(condition: restartCondition)
        service.placement = SwarmPlacement(
            constraints: spec.placement.constraints,
            maxReplicasPerNode: spec.placement.maxPerNode == 0 ? nil : spec.placement.maxPerNode)
        service.mode = .replicated(spec.replicas)
        let order: SwarmUpdateConfig.Order = spec.strategy == .startFirst ? .startFirst : .stopFirst
        service.updateConfig = SwarmUpdateConfig(
            parallelism: spec.rollout.parallelism, delay: spec.rollout.delay,
            failureAction: spec.rollout.failureAction == .rollback ? .rollback : .pause,
            monitor: spec.rollout.monitor, order: order)
        service.rollbackConfig = SwarmUpdateConfig(
            parallelism: spec.rollout.parallelism, failureAction: .pause, monitor: spec.rollout.monitor, order: order)
        service.networks = [networkName]
        let ports =
            spec.network == .host
            ? [] : spec.ports.map { SwarmPortConfig(targetPort: $0.container, publishedPort: $0.host ?? 0) }
        service.endpoint = SwarmEndpointSpec(mode: .dnsrr, ports: ports)
        return service
    }

    /// The network the tasks join: berth's overlay network for the default, else the one the manifest names.
    private var networkName: String {
        switch deployment.spec.network {
        case .bridge: SwarmRuntime.network
        case .host: "host"
        case .named(let name): name
        }
    }

    /// The app's `PORT`: the first `ports` entry's container port (each task binds it; Swarm publishes it).
    private var appPort: Int? { deployment.spec.ports.first?.container }

    private var restartCondition: SwarmRestartPolicy.Condition {
        switch deployment.spec.restartPolicy {
        case .no: .never
        case .onFailure: .onFailure
        case .always, .unlessStopped: .any
        }
    }

    /// The container's health check, which Swarm gates each task on: an `exec` probe as it is; an `http` probe as the
    /// same request made inside the container with the image's `wget` or `curl` (any 2xx counts there; berth's own
    /// probe from the host checks `expectStatus`), passing in an image that has neither. A `tcp` probe has no
    /// portable form inside (busybox's `nc` has no `-z`): berth's probe alone judges it.
    private var healthCheck: ContainerHealthCheck? {
        guard let health = deployment.spec.health else { return nil }
        let test: ContainerHealthCheck.Test
        switch health.probe {
        case .exec(let command):
            test = .exec(command)
        case .http(let path, let port, _):
            guard let port = port ?? appPort else { return nil }
            let url = "http://127.0.0.1:\(port)\(path)"
            test = .shell(
                "if command -v wget >/dev/null; then wget -q -O /dev/null '\(url)'; "
                    + "elif command -v curl >/dev/null; then curl -fsS -o /dev/null '\(url)'; fi")
        case .tcp:
            return nil
        }
        return ContainerHealthCheck(
            test: test, interval: health.interval, timeout: health.timeout, startPeriod: health.startPeriod, retries: 3)
    }
}
