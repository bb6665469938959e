/// A Docker Swarm manager as berth's swarm runtime sees it: the swarm, its nodes, services and their tasks, the
/// overlay network services share, and pushing images where every node can pull them.
///
/// ``DockerClient`` implements it against the Engine API of a manager; unit tests of the runtime use a fake.
/// Failures are ``ContainerEngineError``s: ``ContainerEngineError/Code/notSwarmManager`` when the engine is not a
/// manager, ``ContainerEngineError/Code/conflict`` when an update names a version that is no longer current.
/// ```swift
/// let swarm: any SwarmEngine = DockerClient(logger: logger)
/// let service = try await swarm.inspectService("web")
/// var spec = service.spec
/// spec.container.image = "registry.example.com/web@sha256:..."
/// try await swarm.updateService(service.id, version: service.version, spec: spec, auth: nil)
/// ```
package protocol SwarmEngine: Sendable {
    /// This engine's swarm membership (`GET /info`); answers on any engine, in a swarm or not.
    func swarmInfo() async throws -> SwarmInfo
    /// The swarm's nodes (`GET /nodes`), sorted by hostname then id.
    func listNodes() async throws -> [SwarmNode]

    /// Services carrying every one of `labels`; one call. With `taskCounts`, each says how many of its tasks run and
    /// should run (the engine counts them per service, which costs it a task scan each).
    func listServices(labels: [String: String], taskCounts: Bool) async throws -> [SwarmService]
    /// One service by id or name. - Throws: ``ContainerEngineError/Code/notFound``.
    func inspectService(_ idOrName: String) async throws -> SwarmService
    /// Creates a service and returns its id; `auth` lets the nodes pull a private image.
    /// - Throws: ``ContainerEngineError/Code/conflict`` when the name is taken.
    func createService(_ spec: SwarmServiceSpec, auth: RegistryAuth?) async throws -> String
    /// Replaces a service's spec, which starts a rolling update when the task template changed; follow it with
    /// ``inspectService(_:)``'s ``SwarmService/updateStatus``.
    /// - Parameters:
    ///   - version: the ``SwarmService/version`` the change was computed from.
    ///   - auth: a login for the new image; `nil` keeps the one the service holds.
    /// - Throws: ``ContainerEngineError/Code/conflict`` when the service changed since `version`;
    ///   ``ContainerEngineError/Code/notFound``.
    func updateService(_ id: String, version: UInt64, spec: SwarmServiceSpec, auth: RegistryAuth?) async throws
    /// Removes a service; its tasks' containers go away shortly after.
    /// - Throws: ``ContainerEngineError/Code/notFound``.
    func removeService(_ idOrName: String) async throws

    /// Tasks of the given services (ids; all services when empty) whose desired state is one of
    /// `desiredStates` (any when empty), sorted by service, slot and creation.
    func listTasks(services: [String], desiredStates: [SwarmTaskState]) async throws -> [SwarmTask]

    /// The attachable overlay network `name`, created with `labels` when absent; an existing one is used as it is
    /// (its driver may read empty for a moment after someone created it: the engine fills it in asynchronously).
    /// - Throws: ``ContainerEngineError/Code/conflict`` when a network of that name exists with another driver.
    func ensureOverlayNetwork(name: String, labels: [String: String]) async throws -> NetworkInfo
    /// Removes a network. - Throws: ``ContainerEngineError/Code/conflict`` while containers are attached.
    func removeNetwork(_ idOrName: String) async throws

    /// Tags the engine's image `source` as `target` (`registry/repository:tag`), so it can be pushed.
    func tagImage(_ source: String, as target: String) async throws
    /// Pushes `reference` (`registry/repository:tag`) and returns the manifest digest the registry stored
    /// (`sha256:...`), for services to refer to the image by digest.
    /// - Parameter progress: called with each condensed line of push output.
    /// - Throws: ``ContainerEngineError`` carrying the registry's message.
    func pushImage(
        _ reference: String, auth: RegistryAuth?, progress: @escaping @Sendable (String) -> Void
    ) async throws -> String
}

extension SwarmEngine {
    /// The service of that id or name, or `nil` when there is none.
    package func service(_ idOrName: String) async throws -> SwarmService? {
        do {
            return try await inspectService(idOrName)
        } catch let error as ContainerEngineError where error.code == .notFound {
            return nil
        }
    }
}
