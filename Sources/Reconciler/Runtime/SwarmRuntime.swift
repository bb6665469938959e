package import Drivers
import Synchronization

/// The swarm runtime (DESIGN §13): a deployment is one Swarm service named after it, which berth creates or updates
/// and Swarm rolls. What the pipeline's I/O shell and the pass call instead of per-container engine calls when the
/// controller's `runtime` is `swarm`; everything above (plan, review, build, history, statuses) is shared.
///
/// ```swift
/// let runtime = SwarmRuntime(engine: docker, stateDir: controller.stateDir)
/// let change = try await runtime.deploy(spec)          // created or updated, retried on a stale version
/// let progress = try await runtime.progress(of: change, generation: 4)
/// ```
package struct SwarmRuntime: Sendable {
    /// The attachable overlay network every service joins unless its manifest names another (endpoint mode `dnsrr`:
    /// VIPs need IPVS, DESIGN §14).
    package static let network = "berth"
    /// How many times an update computed from a version that went stale meanwhile is read again and retried.
    static let conflictAttempts = 3

    let engine: any SwarmEngine
    /// The owning controller's state dir (``BerthLabel/controller``).
    let stateDir: String
    private let lastListing = LastListing()

    package init(engine: any SwarmEngine, stateDir: String) {
        self.engine = engine
        self.stateDir = stateDir
    }

    /// The newest service listing and the generations read from it. A pass that finds nothing changed gets the very
    /// array it got last time (``DockerClient`` keeps the last answer), which compares equal at once: its services
    /// are not read again, saving a template digest per service and pass (``ServiceTemplate``).
    private final class LastListing: Sendable {
        private let last = Mutex<(services: [SwarmService], generations: [ActualContainer])?>(nil)

        /// `services` read as their deployments' active generations.
        func generations(of services: [SwarmService]) -> [ActualContainer] {
            if let last = last.withLock({ $0 }), last.services == services { return last.generations }
            let generations = services.compactMap(ActualContainer.init(service:))
            last.withLock { $0 = (services, generations) }
            return generations
        }
    }

    /// A service of the deployment's name exists that this controller does not own: berth leaves it alone.
    struct NotOwned: Error, CustomStringConvertible {
        let name: String

        var description: String {
            "a service named \(name) exists that this controller did not create (it lacks berth's labels with this "
                + "state dir); remove it (docker service rm \(name)) or rename the deployment"
        }
    }

    /// What a deploy did, so that an undo can put it back.
    enum Change: Sendable, Hashable {
        /// The service did not exist; berth created it.
        case created(id: String)
        /// The service existed with `previous` as its spec; berth updated it.
        case updated(id: String, previous: SwarmServiceSpec)

        var serviceID: String {
            switch self {
            case .created(let id), .updated(let id, _): id
            }
        }
    }

    /// berth's services carrying `labels` (its own, or one deployment's), each read as the deployment's active
    /// generation: one call; with `taskCounts`, each says how many of its tasks run (``ActualContainer/runningTasks``,
    /// for `berth status`: a plan does not need it); with `endpoints`, three more calls read where each service's
    /// running tasks answer (``ActualContainer/upstreams``), for the router.
    package func services(
        labels: [String: String], taskCounts: Bool = false, endpoints: Bool = false
    ) async throws -> [ActualContainer] {
        var services = lastListing.generations(
            of: try await engine.listServices(labels: labels, taskCounts: taskCounts))
        guard endpoints, !services.isEmpty else { return services }
        let upstreams = try await taskEndpoints(services: services.map(\.id))
        for index in services.indices { services[index].upstreams = upstreams[services[index].id] ?? [] }
        return services
    }

    /// Where the running tasks of the services `ids` answer, by service id, sorted: `address:port` of each task's
    /// first published port, with 127.0.0.1 for a task on this engine's node (where probes and the router reach it)
    /// and the node's address (`Status.Addr`) for a task elsewhere. A task publishing no port is left out. Three calls.
    func taskEndpoints(services ids: [String]) async throws -> [String: [String]] {
        async let addresses = nodeAddresses()
        async let tasks = engine.listTasks(services: ids, desiredStates: [.running])
        let reachable = try await addresses
        var endpoints: [String: [String]] = [:]
        for task in try await tasks where task.state == .running {
            guard let port = task.publishedPorts.first?.publishedPort, let address = reachable[task.nodeID],
                !address.isEmpty
            else { continue }
            endpoints[task.serviceID, default: []].append("\(address):\(port)")
        }
        return endpoints.mapValues { $0.sorted() }
    }

    /// Where berth reaches each node's host ports, by node id: `127.0.0.1` for this engine's node, the node's own
    /// address (`Status.Addr`, empty when the swarm gives none) for the others. Two calls.
    func nodeAddresses() async throws -> [String: String] {
        async let info = engine.swarmInfo()
        async let nodes = engine.listNodes()
        var addresses = Dictionary(try await nodes.map { ($0.id, $0.address) }) { first, _ in first }
        addresses[try await info.nodeID] = "127.0.0.1"
        return addresses
    }

    /// How many nodes the swarm has: more than one, and an image on this engine must go through a registry.
    func nodeCount() async throws -> Int {
        try await engine.swarmInfo().nodes
    }

    /// Tags the local image `imageID` as `reference` (`registry/repository:tag`), pushes it and returns the digest
    /// the registry stored, each line of push output passed to `progress`.
    func publish(
        _ imageID: String, as reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> String {
        try await engine.tagImage(imageID, as: reference)
        return try await engine.pushImage(reference, auth: auth, progress: progress)
    }

    /// Creates the service `spec` names, or updates it to `spec` when it exists (re-reading it and trying again when
    /// it changed between the read and the update), labelled with its ``ServiceTemplate``. Creates berth's overlay
    /// network first when the spec joins it. `auth` lets every node pull the spec's image from its registry.
    /// - Throws: ``NotOwned`` when a service of that name exists that this controller did not create.
    func deploy(_ spec: SwarmServiceSpec, auth: RegistryAuth? = nil) async throws -> Change {
        var spec = spec
        spec.labels[BerthLabel.template] = ServiceTemplate.label(of: spec)
        if spec.networks.contains(Self.network) {
            _ = try await engine.ensureOverlayNetwork(name: Self.network, labels: BerthLabel.owned(by: stateDir))
        }
        return try await atCurrentVersion {
            guard let service = try await engine.service(spec.name) else {
                return .created(id: try await engine.createService(spec, auth: auth))
            }
            let owner = BerthLabel.owned(by: stateDir)
            guard owner.allSatisfy({ service.spec.labels[$0.key] == $0.value }) else { throw NotOwned(name: spec.name) }
            try await engine.updateService(service.id, version: service.version, spec: spec, auth: auth)
            return .updated(id: service.id, previous: service.spec)
        }
    }

    /// Sets the task count of the service `id` in place: its tasks keep running, Swarm starts or stops the
    /// difference.
    func scale(_ id: String, to replicas: Int) async throws {
        try await atCurrentVersion {
            let service = try await engine.inspectService(id)
            var spec = service.spec
            spec.mode = .replicated(replicas)
            try await engine.updateService(service.id, version: service.version, spec: spec, auth: nil)
        }
    }

    /// Runs `body`, which reads a service and updates it at the version it read, again when the version went stale
    /// in between (another writer); at most ``conflictAttempts`` times.
    private func atCurrentVersion<T>(_ body: () async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await body()
            } catch let error as ContainerEngineError where error.code == .conflict && attempt < Self.conflictAttempts {
                attempt += 1
            }
        }
    }

    /// Puts back what `change` did: removes a service berth created, or updates one to the spec it had.
    func undo(_ change: Change) async throws {
        switch change {
        case .created(let id):
            do {
                try await engine.removeService(id)
            } catch let error as ContainerEngineError where error.code == .notFound {
                return
            }
        case .updated(_, let previous):
            _ = try await deploy(previous)
        }
    }

    /// Where the rollout of `change` to `generation` stands: the service and its tasks, two calls.
    func progress(of change: Change, generation: Int) async throws -> ServiceProgress {
        let service = try await engine.inspectService(change.serviceID)
        let tasks = try await engine.listTasks(services: [service.id], desiredStates: [])
        let updated = if case .updated = change { true } else { false }
        return ServiceProgress(service: service, tasks: tasks, generation: generation, updated: updated)
    }

    /// Removes the service `name`; its tasks' containers go, its volumes stay. A service already gone is done.
    func remove(_ name: String) async throws {
        do {
            try await engine.removeService(name)
        } catch let error as ContainerEngineError where error.code == .notFound {
            return
        }
    }
}

extension ActualContainer {
    /// Reads a listed service's berth labels as the deployment's active generation (DESIGN §3: on a swarm, a
    /// deployment is a service whose labels move with each rollout); `nil` when it lacks the ones every berth service
    /// carries. The image is the id or digest the service runs, which berth always gives. Its state is `running`:
    /// Swarm keeps the tasks running, and ``runningTasks`` says how many do.
    package init?(service: SwarmService) {
        let labels = service.spec.labels
        guard labels[BerthLabel.managed] == "true", let deployment = labels[BerthLabel.deployment],
            let generation = labels[BerthLabel.generation].flatMap({ Int($0) }), let hash = labels[BerthLabel.specHash]
        else { return nil }
        let image = service.spec.container.image
        let replicas: Int? = if case .replicated(let count) = service.spec.mode { count } else { nil }
        self.init(
            id: service.id, name: service.spec.name, deployment: deployment, generation: generation, specHash: hash,
            commit: labels[BerthLabel.commit] ?? "", configCommit: labels[BerthLabel.configCommit] ?? "",
            imageID: image.hasPrefix("sha256:") ? image : "", image: image, state: .running,
            replicas: replicas)
        runningTasks = service.runningTasks
        changedServiceFields = ServiceTemplate.changedFields(of: service.spec)
    }
}
