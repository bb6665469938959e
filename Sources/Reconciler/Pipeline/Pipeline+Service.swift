import Drivers
import Manifest

/// The steps of the swarm runtime (DESIGN §13): deploy the deployment's service, follow Swarm's update, probe the new
/// tasks, put the service back on an undo.
extension Pipeline {
    /// Between looks at a service while Swarm rolls it.
    static let servicePollInterval = Duration.milliseconds(500)
    /// What a service's update may take beyond what its settings account for (scheduling, image, container start).
    static let serviceSlack = Duration.seconds(60)

    /// How long Swarm may take: per batch of `parallelism` tasks, its monitor, the delay and the time a task has to
    /// get healthy, plus ``serviceSlack``.
    func servicePlan(_ attempt: RolloutAttempt) -> RolloutStateMachine.ServicePlan {
        let spec = attempt.target.deployment.spec
        let parallelism = spec.rollout.parallelism
        let batches = parallelism == 0 ? 1 : (spec.replicas + parallelism - 1) / parallelism
        let perBatch = spec.rollout.monitor + spec.rollout.delay + (spec.health?.startPeriod ?? spec.settle)
        return .init(
            timeout: perBatch * max(1, batches) + Self.serviceSlack, pollInterval: Self.servicePollInterval,
            generation: attempt.rollout.generation)
    }

    /// Creates or updates the service to the new generation running `imageID` (as ``serviceImage(_:image:)`` gave
    /// it), its nodes pulling with `auth`. Returns what it did, in words.
    func deployService(_ attempt: RolloutAttempt, image imageID: String, auth: RegistryAuth?) async throws -> String {
        guard let swarm = environment.swarm else { preconditionFailure("deployService without the swarm runtime") }
        let target = attempt.target
        try HostPathCheck(controller: environment.controller).verify(target.deployment)
        let spec = ServiceSpec(
            inputs: GenerationInputs(attempt, image: imageID, stateDir: environment.controller.stateDir)
        ).serviceSpec
        let change = try await shielded { try await swarm.deploy(spec, auth: auth) }
        attempt.serviceChange = change
        let rollout = target.deployment.spec.rollout
        let how =
            "\(counted(target.deployment.spec.replicas, "replica")), \(target.deployment.spec.strategy.rawValue), "
            + "\(rollout.parallelism == 0 ? "all" : String(rollout.parallelism)) at a time, on failure "
            + rollout.failureAction.rawValue
        let shown = imageID.hasPrefix("sha256:") ? String(imageID.prefix(19)) : imageID
        switch change {
        case .created:
            return "created service \(target.name) running \(shown) (\(how))"
        case .updated:
            return "updated service \(target.name) to \(shown) (\(how))"
        }
    }

    /// What the service's tasks run, and the login its nodes pull it with (DESIGN §13). On a one-node swarm: the
    /// engine's image id, no login (a local tag would make each task start try to pull it). On more nodes the image
    /// must reach every one: it is tagged `<registry.url>/<deployment>:<generation>`, pushed (each line of output
    /// written to the start stage) and referred to by the digest the registry stored, with the login `registries`
    /// holds for that registry. Built and `image:` deployments alike, so a service never names a moving tag.
    /// - Throws: ``StageFailure`` at `start` when there is no `registry.url`, its login cannot be read, or the push
    ///   fails; nothing was changed on the swarm then.
    func serviceImage(_ attempt: RolloutAttempt, image: String) async throws
        -> (reference: String, auth: RegistryAuth?)
    {
        guard let swarm = environment.swarm else { preconditionFailure("serviceImage without the swarm runtime") }
        let imageID = image.hasPrefix("sha256:") ? image : try await engine.inspectImage(image).id
        let nodes = try await shielded { try await swarm.nodeCount() }
        guard nodes > 1 else { return (imageID, nil) }
        guard let registry = environment.controller.registry else {
            throw StageFailure(
                .start, reason: "NoRegistry",
                "the swarm has \(nodes) nodes, and an image on this engine reaches the others only through a registry: "
                    + "set registry: {url: host[:port]/path} in the controller config (e.g. 127.0.0.1:5000/berth)")
        }
        let repository = registry.repository(for: attempt.target.name)
        let reference = "\(repository):\(attempt.rollout.generation)"
        let auth: RegistryAuth?
        do {
            auth = try RegistryLogin.auth(for: reference, in: environment.controller)
        } catch {
            throw StageFailure(.start, reason: "PushFailed", "cannot log in to push \(reference): \(error)")
        }
        attempt.recorder.output(.start, "pushing \(imageID.prefix(19)) as \(reference) for the swarm's \(nodes) nodes")
        let digest: String
        do {
            digest = try await shielded {
                try await swarm.publish(imageID, as: reference, auth: auth) { attempt.recorder.output(.start, $0) }
            }
        } catch {
            throw StageFailure(.start, reason: "PushFailed", "cannot push \(reference): \(error)")
        }
        return ("\(repository)@\(digest)", auth)
    }

    /// One look at the service the rollout deployed; with a route, the route follows the tasks that run.
    func observeService(_ attempt: RolloutAttempt) async throws -> ServiceProgress {
        guard let swarm = environment.swarm, let change = attempt.serviceChange else {
            preconditionFailure("observeService before the service was deployed")
        }
        let progress = try await shielded {
            try await swarm.progress(of: change, generation: attempt.rollout.generation)
        }
        await routeToRunningTasks(attempt, swarm: swarm, service: change.serviceID)
        return progress
    }

    /// Points the deployment's route at the service's running tasks, of any generation, when they changed since the
    /// last look (DESIGN §13: the router is the stable entry point while Swarm replaces tasks; it retries a task that
    /// stopped in between on another). A router that fails is written down and tried again at the next look: Swarm's
    /// update goes on regardless, and each pass puts the route right.
    private func routeToRunningTasks(_ attempt: RolloutAttempt, swarm: SwarmRuntime, service: String) async {
        guard let router = environment.router, let route = attempt.target.deployment.spec.route else { return }
        do {
            let running = try await shielded { try await swarm.taskEndpoints(services: [service])[service] ?? [] }
            guard !running.isEmpty, running != attempt.routedTasks else { return }
            let wanted = RouterRoute(route, of: attempt.target.name, upstreams: running)
            // Caddy reloads its whole config on each change: none when the route already sends there.
            if try await shielded({ try await router.routes() }).contains(wanted) {
                attempt.routedTasks = running
                return
            }
            try await shielded { try await router.point(wanted) }
            attempt.routedTasks = running
            attempt.recorder.output(.health, "route \(route.host)\(route.path) → \(wanted.upstream)")
        } catch {
            attempt.recorder.output(.health, "cannot route \(route.host)\(route.path) to the tasks yet: \(error)")
        }
    }

    /// One round of the deployment's `http` or `tcp` check on each task of `endpoints`: at `127.0.0.1` for a task on
    /// this engine's node, at its node's address for one elsewhere (a node whose address the swarm does not give is
    /// left to the container's health check, which Swarm gates the task on). Writes where the round passed.
    func probeTasks(_ endpoints: [ServiceProgress.Endpoint], of attempt: RolloutAttempt) async throws
        -> RolloutStateMachine.ProbeResult
    {
        guard let swarm = environment.swarm, let health = attempt.target.deployment.spec.health else { return .passed }
        let probe: HealthProbe
        switch health.probe {
        case .http(let path, _, let expectStatus): probe = .http(path: path, expectStatus: expectStatus)
        case .tcp: probe = .tcp
        case .exec: return .passed
        }
        let addresses = try await swarm.nodeAddresses()
        var probed: [String] = []
        for endpoint in endpoints {
            guard let port = endpoint.port, let host = addresses[endpoint.node], !host.isEmpty else { continue }
            let outcome = await environment.prober.check(probe, host: host, port: port, timeout: health.timeout)
            if case .failed(let reason) = outcome { return .failed("\(host):\(port): \(reason)") }
            probed.append("\(host):\(port)")
        }
        if !probed.isEmpty { attempt.recorder.output(.health, "probe passed on \(probed.joined(separator: ", "))") }
        return .passed
    }

    /// Puts the service back as it was before the rollout (removes it when the rollout created it).
    func restoreService(_ attempt: RolloutAttempt) async throws {
        guard let swarm = environment.swarm, let change = attempt.serviceChange else { return }
        try await shielded { try await swarm.undo(change) }
    }
}
